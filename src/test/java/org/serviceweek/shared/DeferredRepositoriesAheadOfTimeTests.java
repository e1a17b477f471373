package org.serviceweek.shared;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.support.AutowireCandidateResolver;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.data.repository.Repository;

import static org.assertj.core.api.Assertions.assertThat;

class DeferredRepositoriesAheadOfTimeTests {

	private final List<String> made = new ArrayList<>();

	private GenericApplicationContext context() {
		GenericApplicationContext context = new GenericApplicationContext();
		context.registerBean(Made.class, () -> new Made(this.made));
		return context;
	}

	@Test
	void aBeanThatNeedsALazyRepositoryIsMadeBeforeItAndTheRepositoryBeforeTheContextStarts() {
		try (GenericApplicationContext context = context()) {
			DeferredRepositoriesAheadOfTime.defer(context);
			context.registerBean("things", Things.class, this::things, (definition) -> definition.setLazyInit(true));
			context.registerBean(Shelf.class);
			context.registerBean(Server.class, () -> new Server(this.made));

			context.refresh();

			assertThat(this.made).containsExactly("shelf", "things", "server started");
			assertThat(context.getBean(Shelf.class).things().name()).isEqualTo("the real things");
		}
	}

	@Test
	void theStandInReachesTheRepositoryOnFirstUseWhenThatComesFirst() {
		try (GenericApplicationContext context = context()) {
			DeferredRepositoriesAheadOfTime.defer(context);
			context.registerBean("things", Things.class, this::things, (definition) -> definition.setLazyInit(true));
			context.registerBean(Shelf.class);
			Shelf shelf = context.getDefaultListableBeanFactory().getBean(Shelf.class);
			assertThat(this.made).containsExactly("shelf");

			assertThat(shelf.things().name()).isEqualTo("the real things");
			assertThat(this.made).containsExactly("shelf", "things");
		}
	}

	@Test
	void aFactoryThatCopiesTheConfigurationGivesStandInsToo() {
		try (GenericApplicationContext context = context()) {
			DeferredRepositoriesAheadOfTime.defer(context);
			DefaultListableBeanFactory copy = new DefaultListableBeanFactory();
			copy.copyConfigurationFrom(context.getDefaultListableBeanFactory());
			copy.registerSingleton("made", new Made(this.made));
			copy.registerBeanDefinition("things", thingsDefinition());
			copy.registerBeanDefinition("shelf",
					new RootBeanDefinition(Shelf.class, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, true));

			Shelf shelf = copy.getBean(Shelf.class);

			assertThat(this.made).containsExactly("shelf");
			assertThat(shelf.things().name()).isEqualTo("the real things");
		}
	}

	@Test
	void aRepositoryThatIsNotLazyIsGivenAsItIs() {
		try (GenericApplicationContext context = context()) {
			DeferredRepositoriesAheadOfTime.defer(context);
			context.registerBean(Shelf.class);
			context.registerBean("things", Things.class, this::things);

			context.refresh();

			assertThat(this.made).containsExactly("things", "shelf");
		}
	}

	@Test
	void withoutTheBuildTimeDefinitionsSpringDataIsLeftToDoIt() {
		try (GenericApplicationContext context = context()) {
			AutowireCandidateResolver before = context.getDefaultListableBeanFactory().getAutowireCandidateResolver();

			new DeferredRepositoriesAheadOfTime().initialize(context);

			assertThat(context.getDefaultListableBeanFactory().getAutowireCandidateResolver()).isSameAs(before);
		}
	}

	private RootBeanDefinition thingsDefinition() {
		RootBeanDefinition definition = new RootBeanDefinition(Things.class, this::things);
		definition.setLazyInit(true);
		return definition;
	}

	private Things things() {
		this.made.add("things");
		return () -> "the real things";
	}

	interface Things extends Repository<Object, Long> {

		String name();

	}

	record Made(List<String> names) {
	}

	/**
	 * Like the web server, started once the context is refreshed (which is where the
	 * class data archive's training run stops).
	 */
	static final class Server implements SmartLifecycle {

		private final List<String> made;

		private boolean running;

		Server(List<String> made) {
			this.made = made;
		}

		@Override
		public void start() {
			this.made.add("server started");
			this.running = true;
		}

		@Override
		public void stop() {
			this.running = false;
		}

		@Override
		public boolean isRunning() {
			return this.running;
		}

	}

	static final class Shelf {

		private final Things things;

		public Shelf(Things things, Made made) {
			this.things = things;
			made.names().add("shelf");
		}

		Things things() {
			return this.things;
		}

	}

}
