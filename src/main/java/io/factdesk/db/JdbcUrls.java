package io.factdesk.db;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns an R2DBC PostgreSQL URL into the JDBC URL of the same database, for Flyway. */
final class JdbcUrls {

    // r2dbc:postgresql://host:port/db?options and the pool wrapper r2dbc:pool:postgresql://...
    private static final Pattern R2DBC_POSTGRES = Pattern.compile("^r2dbcs?:(?:pool:)?postgres(?:ql)?://(.*)$");

    private JdbcUrls() {
    }

    static String fromR2dbc(String r2dbcUrl) {
        Matcher matcher = R2DBC_POSTGRES.matcher(r2dbcUrl.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("spring.r2dbc.url must be a PostgreSQL R2DBC URL such as "
                    + "r2dbc:postgresql://localhost:5432/factdesk (or set spring.flyway.url yourself), got: "
                    + r2dbcUrl);
        }
        return "jdbc:postgresql://" + withoutCredentials(matcher.group(1));
    }

    /** JDBC takes user and password as Flyway properties, not inside the URL. */
    private static String withoutCredentials(String rest) {
        int at = rest.indexOf('@');
        int slash = rest.indexOf('/');
        boolean credentialsBeforeHost = at >= 0 && (slash < 0 || at < slash);
        return credentialsBeforeHost ? rest.substring(at + 1) : rest;
    }
}
