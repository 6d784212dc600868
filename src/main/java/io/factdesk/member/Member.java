package io.factdesk.member;

import java.util.List;

import io.factdesk.security.Role;

/** Someone who works on the desk, as their sign-in token names them. */
public record Member(long id, String username, String displayName, List<Role> roles) {
}
