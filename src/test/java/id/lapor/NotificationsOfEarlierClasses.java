package id.lapor;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Puts the notifications that earlier test classes left unsent out of the way before a class starts: their next
 * attempt moves to the year 9999, so they stay pending and are never due. Every class shares one application and
 * its outbox, and a test that sends what is due ({@code NotificationDispatcher.dispatchDue} until nothing is) would
 * otherwise deliver every earlier class's mail, SMS and social replies first – half a minute where a class followed
 * thirty others that sent nothing themselves.
 */
class NotificationsOfEarlierClasses implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        JdbcTemplate jdbc = SpringExtension.getApplicationContext(context).getBean(JdbcTemplate.class);
        jdbc.update("update notification set next_attempt_at = timestamptz '9999-01-01 00:00:00+00'"
                + " where status = 'PENDING'");
    }
}
