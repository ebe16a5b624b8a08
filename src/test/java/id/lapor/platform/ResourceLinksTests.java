package id.lapor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.LaporIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Links of pages are resolved only against the resource handlers that change them (WebJars get their version). */
@LaporIntegrationTest
class ResourceLinksTests {

    @Autowired ResourceUrlProvider resourceUrls;
    @Autowired TestRestTemplate rest;

    @Test
    void theCatchAllStaticHandlerIsNotAskedForLinksButTheWebJarsHandlerIs() {
        assertThat(resourceUrls.getHandlerMap()).doesNotContainKey("/**").containsKey("/webjars/**");
        assertThat(resourceUrls.isAutodetect()).isFalse();
    }

    @Test
    void aWebJarLinkStillGetsTheLibrarysVersionAndPageLinksStayAsWritten() {
        assertThat(resourceUrls.getForLookupPath("/webjars/chart.js/dist/chart.umd.min.js"))
                .matches("/webjars/chart\\.js/\\d+\\.\\d+\\.\\d+/dist/chart\\.umd\\.min\\.js");
        assertThat(resourceUrls.getForLookupPath("/laporan/12345678")).isNull();

        String page = rest.getForObject("/laporan?q=tidak-ada-yang-cocok&lang=id", String.class);
        assertThat(page).contains("href=\"/css/portal.css\"", "href=\"/lapor\"");
    }
}
