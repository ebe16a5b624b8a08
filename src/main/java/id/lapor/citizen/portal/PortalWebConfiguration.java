package id.lapor.citizen.portal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** The portal's language: {@link PortalLocaleResolver}, switched by {@code ?lang=id|en}. */
@Configuration(proxyBeanMethods = false)
class PortalWebConfiguration implements WebMvcConfigurer {

    @Bean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        return new PortalLocaleResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
        languageSwitch.setParamName("lang");
        languageSwitch.setIgnoreInvalidLocale(true);
        registry.addInterceptor(languageSwitch);
    }
}
