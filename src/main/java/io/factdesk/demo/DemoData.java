package io.factdesk.demo;

import java.time.Instant;
import java.util.List;

import io.factdesk.person.SpeakerKind;
import io.factdesk.security.Role;

/** The demo data set as its JSON resource describes it. */
record DemoData(List<DemoMember> members, DemoArticle article, List<DemoPerson> people, List<DemoClaim> claims) {

    /** A desk member to sign in as, with the dev token endpoint. */
    record DemoMember(String username, String displayName, List<Role> roles) {
    }

    record DemoArticle(String headline, String byline, String outlet, String url, Instant publishedAt,
            String bodyResource) {
    }

    record DemoPerson(String name, SpeakerKind kind, String role, String affiliation) {
    }

    /** {@code text} is quoted exactly from the article body; {@code claimant} names one of the people. */
    record DemoClaim(String text, String claimant, Float checkWorthiness) {
    }
}
