package io.factdesk.extraction;

import java.util.List;

import io.factdesk.person.SpeakerKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimExtractorTest {

    static ClaimExtractor extractor;

    @BeforeAll
    static void loadModels() {
        extractor = ClaimExtractor.load();
    }

    private static CandidateClaim only(String body) {
        List<CandidateClaim> claims = extractor.extract(body);
        assertThat(claims).hasSize(1);
        return claims.get(0);
    }

    @Test
    void aSpanIsExactlyTheClaimsPlaceInTheBody() {
        String body = "Scene-setting words here.\n  The ministry said exports rose 12 percent in May.  \nEnd.";

        for (CandidateClaim claim : extractor.extract(body)) {
            assertThat(body.substring(claim.start(), claim.end())).isEqualTo(claim.text());
        }
    }

    @Test
    void aSurnameLaterInTheArticleIsThePersonIntroducedBefore() {
        String body = "Finance minister Lena Vogt told parliament that debt fell to 62 percent of output.\n"
                + "Vogt said the deficit would stay below 3 percent in 2025.";

        List<CandidateClaim> claims = extractor.extract(body);

        assertThat(claims).extracting(claim -> claim.speaker().name()).containsExactly("Lena Vogt", "Lena Vogt");
        assertThat(claims.get(0).speaker().role()).isEqualTo("Finance minister");
    }

    @Test
    void aNameLineGivesTheFollowingStatementsToItsSpeaker() {
        String body = "Prices are news again.\nJane Roe – Senior Analyst, Harbor Research\n"
                + "Rents have risen 18 percent in two years.\nVacancies fell below 2 percent last spring.";

        List<CandidateClaim> claims = extractor.extract(body);

        assertThat(claims).extracting(claim -> claim.speaker().name()).containsExactly("Jane Roe", "Jane Roe");
        assertThat(claims.get(0).speaker().role()).isEqualTo("Senior Analyst, Harbor Research");
    }

    @Test
    void anOrganizationAndItsAcronymAreOneSpeaker() {
        String body = "The International Energy Agency said demand grew 2 percent last year.\n"
                + "A later IEA report said coal use reached a record 8.7 billion tonnes.";

        List<CandidateClaim> claims = extractor.extract(body);

        assertThat(claims).extracting(claim -> claim.speaker().name())
                .containsExactly("International Energy Agency", "International Energy Agency");
        assertThat(claims.get(0).speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    }

    @Test
    void questionsOpinionsAndSceneSettingAreNoClaims() {
        String body = "Will the factory ever reopen?\n"
                + "The government should apologize to the workers at once.\n"
                + "Crowds gathered in the square under a grey sky on Monday evening.\n"
                + "The plant employed 1,200 people until it closed in March.";

        assertThat(only(body).text()).isEqualTo("The plant employed 1,200 people until it closed in March.");
    }

    @Test
    void aStatementWithoutASpeakerIsTheArticlesOwn() {
        assertThat(only("The bridge carries 40,000 vehicles a day across the river.").speaker()).isNull();
    }

    @Test
    void aPassiveAttributionNamesNobody() {
        assertThat(only("The rebels are believed to hold 300 prisoners near the border.").speaker()).isNull();
    }

    @Test
    void theWorthiestClaimsScoreHighest() {
        List<CandidateClaim> claims = extractor.extract("Officials said 5 million doses arrived, more than planned.\n"
                + "The clinic has opened a second waiting room for patients.");

        assertThat(claims).isNotEmpty();
        assertThat(claims.get(0).checkWorthiness()).isGreaterThan(0.8);
        assertThat(claims).allSatisfy(claim -> assertThat(claim.checkWorthiness()).isBetween(0.0, 1.0));
    }
}
