package io.factdesk.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** The desk member behind a request, as the audit trail names them and the workflow judges them. */
public record Actor(String username, String displayName, Set<Role> roles) {

    public Actor {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Actor of(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            throw new IllegalStateException("No signed-in desk member");
        }
        String displayName = authentication.getName();
        if (authentication.getPrincipal() instanceof Jwt jwt && jwt.getClaimAsString("name") != null) {
            displayName = jwt.getClaimAsString("name");
        }
        return new Actor(authentication.getName(), displayName, roles(authentication.getAuthorities()));
    }

    public boolean hasAnyRole(Collection<Role> allowed) {
        return this.roles.stream().anyMatch(allowed::contains);
    }

    private static Set<Role> roles(Collection<? extends GrantedAuthority> authorities) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authorities) {
            for (Role role : Role.values()) {
                if (("ROLE_" + role.name()).equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
