package id.lapor;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A MockMvc request from another client address than the tests' own 127.0.0.1 (per-address limits). */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
