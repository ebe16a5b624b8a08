package id.lapor.citizen.portal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /}: the three report types, how a report is handled, and the ways in. */
@Controller
class HomePage {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
