package io.factdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts the factdesk GraphQL server. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FactdeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(FactdeskApplication.class, args);
    }
}
