package com.winccreports.web.api;

import com.winccreports.web.WebProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The per-user request limit on {@code /api/*}, behind Spring Security (whose filters run first). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiConfiguration {

    @Bean
    FilterRegistrationBean<ApiRequestLimit> apiRequestLimit(WebProperties properties) {
        FilterRegistrationBean<ApiRequestLimit> registration =
                new FilterRegistrationBean<>(new ApiRequestLimit(properties.requestsPerMinute()));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(0);    // Spring Security's chain runs at -100
        return registration;
    }
}
