package com.winccreports.audit;

import com.winccreports.publication.PackageSealer;
import com.winccreports.system.HomeFolder;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The audit trail and its signed heads in the job database, its export as a package, and the recording of every
 * job execution.
 */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    AuditTrail auditTrail(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        return new AuditTrail(jdbc, transactionManager, clock);
    }

    @Bean
    AuditSeals auditSeals(AuditTrail auditTrail, JdbcTemplate jdbc, Clock clock) {
        return new AuditSeals(auditTrail, jdbc, clock);
    }

    @Bean
    AuditExport auditExport(AuditTrail auditTrail, AuditSeals auditSeals, ObjectProvider<HeadSigner> signer,
            PackageSealer packageSealer, HomeFolder home, Clock clock) {
        return new AuditExport(auditTrail, auditSeals, HeadSigner.signatureCheck(signer.getIfAvailable()),
                packageSealer, home.output(), clock);
    }

    @Bean
    static JobRunAuditing jobRunAuditing(ObjectProvider<AuditTrail> auditTrail) {
        return new JobRunAuditing(auditTrail);
    }
}
