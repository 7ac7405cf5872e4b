package com.winccreports.web;

import com.winccreports.audit.AuditExport;
import com.winccreports.audit.AuditSeals;
import com.winccreports.audit.AuditTrail;
import com.winccreports.audit.HeadSigner;
import com.winccreports.job.BatchRecords;
import com.winccreports.job.JobRunService;
import com.winccreports.job.publish.PublicationStore;
import com.winccreports.schedule.ScheduleLedger;
import com.winccreports.schedule.SchedulePauses;
import com.winccreports.schedule.service.ScheduleService;
import com.winccreports.schedule.service.ScheduledJobs;
import com.winccreports.system.HomeFolder;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Collections;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The API's and the page's services on the {@code serve} context: on-demand runs with their queue, request
 * checking, jobs, published files, schedules and the audit trail views; the page's language from the browser,
 * switched with {@code ?lang=de} / {@code ?lang=en} and kept in a cookie.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(WebProperties.class)
class WebConfiguration implements WebMvcConfigurer {

    @Bean(destroyMethod = "close")
    OnDemandRuns onDemandRuns(JobRunService jobs, AuditTrail audit, WebProperties properties, Clock clock) {
        return new OnDemandRuns(jobs, audit, properties, clock);
    }

    @Bean
    RunRequestResolver runRequestResolver(HomeFolder home, BatchRecords batches, Clock clock) {
        return new RunRequestResolver(home, batches, clock);
    }

    @Bean
    JobCatalog jobCatalog(HomeFolder home, BatchRecords batches) {
        return new JobCatalog(home, batches);
    }

    @Bean
    PublishedFiles publishedFiles(HomeFolder home, PublicationStore register) {
        return new PublishedFiles(home.output(), register);
    }

    @Bean
    PackageVerifications packageVerifications(PublishedFiles published, AuditTrail audit) {
        return new PackageVerifications(published, audit);
    }

    @Bean
    ScheduleOverview scheduleOverview(ScheduledJobs jobs, ScheduleLedger ledger, SchedulePauses pauses, Clock clock) {
        return new ScheduleOverview(jobs, ledger, pauses, clock);
    }

    @Bean
    ScheduleChanges scheduleChanges(ScheduleOverview overview, SchedulePauses pauses,
            ObjectProvider<ScheduleService> service, AuditTrail audit) {
        return new ScheduleChanges(overview, pauses, service.getIfAvailable(), audit);
    }

    @Bean
    AuditViews auditViews(AuditTrail trail, AuditSeals seals, AuditExport export, ObjectProvider<HeadSigner> signer) {
        return new AuditViews(trail, seals, HeadSigner.signatureCheck(signer.getIfAvailable()), export);
    }

    @Bean
    LocaleResolver localeResolver() {
        // the language chosen with ?lang= (kept in a cookie), else the browser's (Accept-Language): German or English
        CookieLocaleResolver resolver = new CookieLocaleResolver("wincc-reports-language");
        resolver.setDefaultLocaleFunction(WebConfiguration::browserLanguage);
        return resolver;
    }

    /** The first of German and English the browser accepts (in its order of preference); else English. */
    static Locale browserLanguage(HttpServletRequest request) {
        for (Locale accepted : Collections.list(request.getLocales())) {
            if (accepted.getLanguage().equals(Locale.GERMAN.getLanguage())) {
                return Locale.GERMAN;
            }
            if (accepted.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        registry.addInterceptor(change);
    }
}
