package id.lapor.notification.camunda;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** The email addresses of a staff group's members, from Camunda's identity service (Camunda Admin keeps them). */
@Component
public class StaffDirectory {

    private final IdentityService identity;

    StaffDirectory(IdentityService identity) {
        this.identity = identity;
    }

    public List<String> emailsOf(String group) {
        return identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list().stream()
                .map(User::getEmail)
                .filter(email -> email != null && !email.isBlank())
                .distinct()
                .toList();
    }
}
