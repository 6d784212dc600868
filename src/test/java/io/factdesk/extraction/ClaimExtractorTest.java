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

    /** The names of the speakers of the claims found in {@code body}, in order; null for a claim without one. */
    private static List<String> speakersOf(String body) {
        return extractor.extract(body).stream()
                .map(claim -> claim.speaker() == null ? null : claim.speaker().name())
                .toList();
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

    @Test
    void aTitleBeforeANameIsTheRoleNotPartOfTheName() {
        String body = "Detective Superintendent Mark Ellis said officers had made 45 arrests since April.\n"
                + "Harbour Bank Deputy Governor Anna Berg warned that inflation would reach 5 percent next year.\n"
                + "Ellis added that car thefts fell 12 percent in May.";

        List<CandidateClaim> claims = extractor.extract(body);

        assertThat(claims).extracting(claim -> claim.speaker().name())
                .containsExactly("Mark Ellis", "Anna Berg", "Mark Ellis");
        assertThat(claims.get(0).speaker().role()).isEqualTo("Detective Superintendent");
        assertThat(claims.get(1).speaker()).extracting(Speaker::kind, Speaker::role, Speaker::affiliation)
                .containsExactly(SpeakerKind.PERSON, "Deputy Governor", "Harbour Bank");
    }

    @Test
    void anOrganizationsNameKeepsItsFirstWord() {
        String body = "Thefts fell 12 percent last year, according to figures published by Greater Westmoor Police.\n"
                + "Greater Westmoor Police said 300 cars were stolen in May.";

        assertThat(speakersOf(body))
                .containsExactly("Greater Westmoor Police", "Greater Westmoor Police");
    }

    @Test
    void theAgencyIsTheOrganizationNamedBefore() {
        String body = "Last year was the wettest on record, the National Climate Service said on Monday.\n"
                + "Rainfall was 30 percent above average, according to the agency.\n"
                + "Norway’s statistics agency, SSB, said prices rose 4 percent in March.\n"
                + "The agency said rents rose 6 percent, the fastest rise since 2008.\n"
                + "It said wages grew 5 percent over the year.";

        assertThat(speakersOf(body))
                .containsExactly("National Climate Service", "National Climate Service", "SSB", "SSB", "SSB");
    }

    @Test
    void aModifiedHeadNounIsTheOrganizationWhoseNameHasTheModifier() {
        String body = "Prices rose 4 percent in March, the Office for National Statistics said.\n"
                + "Retail sales fell 0.5 percent in March, according to figures from the statistics office.\n"
                + "The district health office said 14 of 22 clinics had run out of vaccine.";

        assertThat(speakersOf(body))
                .containsExactly("Office for National Statistics", "Office for National Statistics",
                        "district health office");
    }

    @Test
    void aQuotationWithoutAVerbGoesOnWithTheSpeakerBefore() {
        String body = "Police chief Maria Lund said burglaries fell 20 percent last year.\n"
                + "“We made 300 more arrests than in 2022,” she said. “Response times have dropped by a third.”\n"
                + "“Most stolen cars reach the ports within 48 hours.”\n"
                + "Car thefts rose 8 percent in the same period.";

        assertThat(speakersOf(body)).containsExactly("Maria Lund", "Maria Lund", "Maria Lund", "Maria Lund", null);
    }

    @Test
    void aFindingSpeaksForItsSource() {
        String body = "Air pollution caused 8,000 early deaths in 2023, a study published in the Journal of Urban "
                + "Health found.\n"
                + "A report by the national audit office found that 40 percent of projects ran over budget.\n"
                + "The office said 12 of the 30 projects were more than two years late.\n"
                + "Data from the European Bus Makers’ Association show that sales rose 3 percent.";

        List<CandidateClaim> claims = extractor.extract(body);

        assertThat(claims).extracting(claim -> claim.speaker().name()).containsExactly("Journal of Urban Health",
                "national audit office", "national audit office", "European Bus Makers’ Association");
        assertThat(claims.get(0).speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    }

    @Test
    void aDescriptionBeforeANameInAppositionIntroducesTheName() {
        String body = "The firm’s chief financial officer, Rita Moss, said sales fell 9 percent.\n"
                + "Its lead author, Tom Hale of the Northern Institute, said 30 percent of homes were damp.";

        assertThat(speakersOf(body))
                .containsExactly("Rita Moss", "Tom Hale");
    }

    @Test
    void aShortPluralNounPhraseSpeaksAsAGroup() {
        assertThat(only("Local farmers say yields have fallen by a third since 2019.").speaker().name())
                .isEqualTo("Local farmers");
    }

    @Test
    void aNameLineMayUseACommaForTheDash() {
        String body = "Prices are news again.\nJonas Berg, Senior Fellow, Harbour Institute\n"
                + "Rents have risen 18 percent in two years.";

        CandidateClaim claim = only(body);

        assertThat(claim.speaker().name()).isEqualTo("Jonas Berg");
        assertThat(claim.speaker().role()).isEqualTo("Senior Fellow, Harbour Institute");
    }
}
