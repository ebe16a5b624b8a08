package id.lapor.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collection;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * An API query parameter that takes a number, a date, a yes/no or a choice and is sent empty ({@code ?limit=}) is
 * refused with 400 naming it, as the OpenAPI document says (an empty value is text, never a number): Spring alone
 * would read it as absent and answer with the default, which the document does not promise and a client that lost a
 * value on the way would never notice. Text parameters may be empty. Checked once here for every {@code /api/}
 * operation.
 */
@Configuration(proxyBeanMethods = false)
class EmptyParameterCheck implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            for (var parameter : method.getMethodParameters()) {
                RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
                Class<?> type = parameter.nestedIfOptional().getNestedParameterType();
                if (annotation == null || type == String.class || Collection.class.isAssignableFrom(type)
                        || org.springframework.web.multipart.MultipartFile.class.isAssignableFrom(type)
                        || type.isArray() || java.util.Map.class.isAssignableFrom(type)) {
                    continue;
                }
                String declared = annotation.name().isEmpty() ? annotation.value() : annotation.name();
                String name = declared.isEmpty() ? parameter.getParameter().getName() : declared;
                String[] values = request.getParameterValues(name);
                if (values != null && java.util.Arrays.stream(values).anyMatch(value -> value.isBlank())) {
                    throw new InvalidInputException(name, UserText.of("api.parameter.empty", name));
                }
            }
        }
        return true;
    }
}
