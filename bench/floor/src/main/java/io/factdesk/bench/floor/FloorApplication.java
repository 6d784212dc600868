package io.factdesk.bench.floor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The raw-SQL floor of the editorial page benchmark: WebFlux and R2DBC, hand-written SQL, no GraphQL. */
@SpringBootApplication
public class FloorApplication {

    public static void main(String[] args) {
        SpringApplication.run(FloorApplication.class, args);
    }
}
