package id.lapor.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.LaporIntegrationTest;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The engine's authorization checks with the user's own groups and the index on the user column: same outcomes. */
@LaporIntegrationTest
class AuthorizationChecksTests {

    @Autowired AuthorizationService authorizations;
    @Autowired ProcessEngineConfigurationImpl engineConfiguration;
    @Autowired JdbcTemplate jdbc;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String taskId = "task-" + suffix;
    private String authorizationId;

    @AfterEach
    void removeTheAuthorization() {
        if (authorizationId != null) {
            authorizations.deleteAuthorization(authorizationId);
        }
    }

    @Test
    void theEngineChecksWithTheUsersOwnGroupsWithoutNullsOrRepeats() {
        AuthorizationManager manager = (AuthorizationManager) engineConfiguration.getSessionFactories()
                .get(AuthorizationManager.class).openSession();

        assertThat(manager).isInstanceOf(AuthorizationChecks.GroupsAsAuthenticated.class);
        assertThat(manager.filterAuthenticatedGroupIds(Arrays.asList("b", null, "a", "b", "group-without-authorizations")))
                .containsExactly("b", "a", "group-without-authorizations");
        assertThat(manager.filterAuthenticatedGroupIds(List.of())).isEmpty();
        assertThat(manager.filterAuthenticatedGroupIds(null)).isEmpty();
    }

    @Test
    void aGroupsGrantCountsForItsMembersAndForNobodyElse() {
        String granted = "granted-" + suffix;
        grantTaskWork(granted);

        assertThat(authorizations.isUserAuthorized("someone-" + suffix, List.of("other-" + suffix, granted),
                Permissions.READ, Resources.TASK, taskId)).isTrue();
        assertThat(authorizations.isUserAuthorized("someone-" + suffix, List.of("other-" + suffix),
                Permissions.READ, Resources.TASK, taskId)).isFalse();
        assertThat(authorizations.isUserAuthorized("someone-" + suffix, List.of(),
                Permissions.READ, Resources.TASK, taskId)).isFalse();
        assertThat(authorizations.isUserAuthorized("someone-" + suffix, List.of(granted),
                Permissions.READ, Resources.TASK, "another-" + taskId)).isFalse();
    }

    @Test
    void theAuthorizationTableHasAnIndexOnItsUserColumn() {
        String definition = jdbc.queryForObject("select indexdef from pg_indexes where indexname = ?", String.class,
                AuthorizationChecks.USER_INDEX.name());

        assertThat(definition).containsIgnoringCase("act_ru_authorization").contains("(user_id_)");
    }

    private void grantTaskWork(String groupId) {
        Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(Resources.TASK);
        authorization.setResourceId(taskId);
        authorization.addPermission(Permissions.READ);
        authorizationId = authorizations.saveAuthorization(authorization).getId();
    }
}
