package org.serviceweek;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ServiceWeekApplication {

	public static void main(String[] args) {
		SpringApplication.run(ServiceWeekApplication.class, args);
	}

}
