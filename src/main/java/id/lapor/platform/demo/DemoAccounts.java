package id.lapor.platform.demo;

import java.util.Arrays;
import java.util.List;

/** The demo credentials, known to everyone who reads the README; never valid outside demo mode. */
public final class DemoAccounts {

    public static final String PASSWORD = "demo";

    public static final List<String> USER_IDS = Arrays.stream(DemoMode.USERS).map(DemoMode.DemoUser::id).toList();

    private DemoAccounts() {
    }
}
