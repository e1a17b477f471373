package org.serviceweek.shared;

import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.data.repository.Repository;

/**
 * Keeps the repositories' deferred start
 * ({@code spring.data.jpa.repositories.bootstrap-mode=deferred}) when the application
 * runs with the bean definitions worked out at build time
 * ({@code -Dspring.aot.enabled=true}, ADR 024).
 * <p>
 * Deferred, Hibernate starts in the background while the rest of the application is set
 * up: every bean that needs a repository is given a stand-in that finds the repository on
 * first use, and the repositories themselves are made after all other beans. Spring Data
 * arranges both while it reads the configuration, which a start from build-time
 * definitions skips; without them the first filter that needs the accounts waited for
 * Hibernate (finding 38). This initializer arranges the same two things in that case, and
 * does nothing otherwise.
 */
public final class DeferredRepositoriesAheadOfTime implements ApplicationContextInitializer<GenericApplicationContext> {

	@Override
	public void initialize(GenericApplicationContext context) {
		if (AotDetector.useGeneratedArtifacts()) {
			defer(context);
		}
	}

	static void defer(GenericApplicationContext context) {
		DefaultListableBeanFactory beans = context.getDefaultListableBeanFactory();
		beans.setAutowireCandidateResolver(new StandInsForLazyRepositories());
		context.registerBean(RepositoriesAfterTheRest.class, () -> () -> beans.getBeansOfType(Repository.class));
	}

	/**
	 * Makes the repositories once every other singleton is made: still during the
	 * refresh, so that the Docker image's class data archive, trained up to the refresh,
	 * holds their classes.
	 */
	interface RepositoriesAfterTheRest extends SmartInitializingSingleton {

	}

	/**
	 * Spring's resolver for {@code @Lazy} and qualifiers, which also gives a stand-in for
	 * a repository whose bean definition is lazy. It asks the bean factory it is given,
	 * so a copy made for another factory works there too.
	 */
	static final class StandInsForLazyRepositories extends ContextAnnotationAutowireCandidateResolver {

		@Override
		protected boolean isLazy(DependencyDescriptor descriptor) {
			return super.isLazy(descriptor) || isLazyRepository(descriptor.getDependencyType());
		}

		private boolean isLazyRepository(Class<?> type) {
			if (!type.isInterface() || !Repository.class.isAssignableFrom(type)
					|| !(getBeanFactory() instanceof ConfigurableListableBeanFactory beans)) {
				return false;
			}
			String[] names = beans.getBeanNamesForType(type, true, false);
			return names.length == 1 && beans.containsBeanDefinition(names[0])
					&& beans.getBeanDefinition(names[0]).isLazyInit();
		}

	}

}
