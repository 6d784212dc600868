package io.factdesk.person;

import io.factdesk.article.Article;
import io.factdesk.security.Role;
import io.factdesk.support.Desk;
import io.factdesk.support.IntegrationTest;
import io.factdesk.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class PersonMutationsTest {

    @Autowired
    Desk desk;

    @Autowired
    TestData data;

    @Autowired
    DatabaseClient db;

    @Test
    void aReporterRecordsASpeaker() {
        String name = "Kim Yong-hyun " + TestData.token();

        this.desk.as(Role.REPORTER).document("""
                        mutation ($name: String!) { createPerson(input: {name: $name, role: "Defense Minister",
                          affiliation: "South Korea"}) { person { name kind role } userErrors { code } } }""")
                .variable("name", name)
                .execute()
                .path("createPerson.person.name").entity(String.class).isEqualTo(name)
                .path("createPerson.person.kind").entity(String.class).isEqualTo("PERSON")
                .path("createPerson.userErrors").entityList(Object.class).hasSize(0);
    }

    @Test
    void aSpeakerNeedsAName() {
        this.desk.as(Role.REPORTER).document("""
                        mutation { createPerson(input: {name: "  ", role: "x"}) { person { id } userErrors { code field } } }""")
                .execute()
                .path("createPerson.person").valueIsNull()
                .path("createPerson.userErrors[0].code").entity(String.class).isEqualTo("VALIDATION")
                .path("createPerson.userErrors[0].field").entityList(String.class).containsExactly("input", "name");
    }

    @Test
    void anEditorCorrectsASpeakerKeepingWhatIsNotGiven() {
        Person person = this.data.person("Correct " + TestData.token());

        this.desk.as(Role.EDITOR).document("""
                        mutation ($id: ID!) { updatePerson(id: $id, input: {role: "Former Minister"}) {
                          person { name role affiliation } userErrors { code } } }""")
                .variable("id", person.id())
                .execute()
                .path("updatePerson.person.role").entity(String.class).isEqualTo("Former Minister")
                .path("updatePerson.person.name").entity(String.class).isEqualTo(person.name())
                .path("updatePerson.person.affiliation").entity(String.class).isEqualTo("Somewhere");
    }

    @Test
    void mergingTwoRecordsOfOneSpeakerMovesTheClaimsAndLosesNothing() {
        Person kept = this.data.person("Shin Won-sik " + TestData.token());
        Person duplicate = this.data.person("Shin Wonsik " + TestData.token());
        Article article = this.data.article("Merge " + TestData.token(), "First claim. Second claim. Third claim.");
        this.data.claim(article, "First claim.", kept);
        this.data.claim(article, "Second claim.", duplicate);
        this.data.claim(article, "Third claim.", duplicate);

        this.desk.as("edith", Role.EDITOR).document("""
                        mutation ($keep: ID!, $merge: ID!) { mergePeople(keepId: $keep, mergeId: $merge) {
                          person { id claims { edges { node { text history { kind detail actor } } } } } userErrors { code } } }""")
                .variable("keep", kept.id())
                .variable("merge", duplicate.id())
                .execute()
                .path("mergePeople.userErrors").entityList(Object.class).hasSize(0)
                .path("mergePeople.person.claims.edges[*].node.text").entityList(String.class)
                .satisfies(texts -> assertThat(texts).containsExactlyInAnyOrder("First claim.", "Second claim.",
                        "Third claim."))
                .path("mergePeople.person.claims.edges[0].node.history[1].kind").entity(String.class)
                .isEqualTo("CLAIMANT_MERGED")
                .path("mergePeople.person.claims.edges[0].node.history[1].actor").entity(String.class).isEqualTo("edith");

        this.desk.as(Role.EDITOR).document("query ($id: ID!) { person(id: $id) { id } }")
                .variable("id", duplicate.id())
                .execute()
                .path("person").valueIsNull();
        assertThat(this.db.sql("SELECT merged_name, claims_moved FROM person_merge WHERE merged_id = :id")
                .bind("id", duplicate.id())
                .map(row -> row.get("merged_name", String.class) + "/" + row.get("claims_moved", Integer.class))
                .one().block()).isEqualTo(duplicate.name() + "/2");
    }

    @Test
    void aSpeakerIsNotMergedIntoItselfNorIntoNobody() {
        Person person = this.data.person("Alone " + TestData.token());
        String merge = """
                mutation ($keep: ID!, $merge: ID!) { mergePeople(keepId: $keep, mergeId: $merge) {
                  person { id } userErrors { code field } } }""";

        this.desk.as(Role.EDITOR).document(merge).variable("keep", person.id()).variable("merge", person.id())
                .execute()
                .path("mergePeople.userErrors[0].code").entity(String.class).isEqualTo("VALIDATION");
        this.desk.as(Role.EDITOR).document(merge).variable("keep", person.id()).variable("merge", "987654321")
                .execute()
                .path("mergePeople.userErrors[0].code").entity(String.class).isEqualTo("NOT_FOUND")
                .path("mergePeople.userErrors[0].field").entityList(String.class).containsExactly("mergeId");
    }
}
