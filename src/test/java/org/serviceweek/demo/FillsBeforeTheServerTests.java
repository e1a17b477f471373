package org.serviceweek.demo;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class FillsBeforeTheServerTests {

	private final AtomicInteger fills = new AtomicInteger();

	private final FillsBeforeTheServer filler = new FillsBeforeTheServer("demo") {
		@Override
		void run() {
			FillsBeforeTheServerTests.this.fills.incrementAndGet();
		}
	};

	@Test
	void withoutItsProfileItNeitherStartsWithTheContextNorFillsWhenStartedByHand() {
		this.filler.setEnvironment(new MockEnvironment());

		assertThat(this.filler.isAutoStartup()).isFalse();
		this.filler.start();

		assertThat(this.fills).hasValue(0);
		assertThat(this.filler.isRunning()).isFalse();
	}

	@Test
	void withItsProfileActiveAtRunTimeItFills() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("postgres", "demo");
		this.filler.setEnvironment(environment);

		assertThat(this.filler.isAutoStartup()).isTrue();
		this.filler.start();

		assertThat(this.fills).hasValue(1);
		assertThat(this.filler.isRunning()).isTrue();
	}

}
