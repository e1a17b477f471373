package org.serviceweek.shared.web;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.config.annotation.ResourceChainRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.HttpResource;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Serves {@code /css}, {@code /js} and {@code /img} with a hash of each file's content in
 * its address ({@code /css/serviceweek-<md5>.css}), which templates get through
 * {@code @{...}} links. A hashed address never changes content, so browsers keep it for a
 * year without asking again; the plain address keeps working with the shorter
 * {@code spring.web.resources.cache.cachecontrol.max-age} (for old pages and link
 * previews).
 * <p>
 * Only these three folders are resource handlers (Boot's {@code /**} handler is off,
 * {@code spring.web.resources.add-mappings=false}): every link on a page passes through
 * the resource URL provider, and with {@code /**} each link to a page such as
 * {@code /people/7} would be looked up on the classpath on every request, since misses
 * are not cached.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	static final List<String> FOLDERS = List.of("css", "js", "img");

	/** For addresses with a content hash: a year, and no revalidation. */
	static final String IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365))
		.cachePublic()
		.immutable()
		.getHeaderValue();

	private final WebProperties.Resources resources;

	StaticResources(WebProperties web) {
		this.resources = web.getResources();
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		WebProperties.Resources.Chain chain = this.resources.getChain();
		boolean hashed = chain.getStrategy().getContent().isEnabled();
		for (String folder : FOLDERS) {
			ResourceHandlerRegistration registration = registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(this.resources.getCache().getCachecontrol().toHttpCacheControl())
				.setUseLastModified(this.resources.getCache().isUseLastModified());
			if (hashed || Boolean.TRUE.equals(chain.getEnabled())) {
				ResourceChainRegistration resolvers = registration.resourceChain(chain.isCache());
				if (hashed) {
					resolvers.addResolver(new ImmutableWhenHashed())
						.addResolver(new VersionResourceResolver()
							.addContentVersionStrategy(chain.getStrategy().getContent().getPaths()));
				}
			}
		}
	}

	/**
	 * Marks a resource asked for by its hashed address as cacheable for a year; the plain
	 * address keeps the handler's cache settings.
	 */
	static final class ImmutableWhenHashed extends AbstractResourceResolver {

		@Override
		protected Resource resolveResourceInternal(HttpServletRequest request, String requestPath,
				List<? extends Resource> locations, ResourceResolverChain chain) {
			Resource resource = chain.resolveResource(request, requestPath, locations);
			String name = (resource != null) ? resource.getFilename() : null;
			// The version resolver found the file under another name: the hashed one.
			return (name != null && !requestPath.endsWith(name)) ? new Immutable(resource) : resource;
		}

		@Override
		protected String resolveUrlPathInternal(String resourceUrlPath, List<? extends Resource> locations,
				ResourceResolverChain chain) {
			return chain.resolveUrlPath(resourceUrlPath, locations);
		}

	}

	/**
	 * The resource as it is, with a year's {@code Cache-Control} among its headers (the
	 * handler applies them after its own cache settings).
	 */
	static final class Immutable implements HttpResource {

		private final Resource resource;

		Immutable(Resource resource) {
			this.resource = resource;
		}

		@Override
		public HttpHeaders getResponseHeaders() {
			HttpHeaders headers = new HttpHeaders();
			if (this.resource instanceof HttpResource http) {
				headers.putAll(http.getResponseHeaders());
			}
			headers.setCacheControl(IMMUTABLE);
			return headers;
		}

		@Override
		public InputStream getInputStream() throws IOException {
			return this.resource.getInputStream();
		}

		@Override
		public boolean exists() {
			return this.resource.exists();
		}

		@Override
		public boolean isReadable() {
			return this.resource.isReadable();
		}

		@Override
		public boolean isFile() {
			return this.resource.isFile();
		}

		@Override
		public URL getURL() throws IOException {
			return this.resource.getURL();
		}

		@Override
		public URI getURI() throws IOException {
			return this.resource.getURI();
		}

		@Override
		public File getFile() throws IOException {
			return this.resource.getFile();
		}

		@Override
		public long contentLength() throws IOException {
			return this.resource.contentLength();
		}

		@Override
		public long lastModified() throws IOException {
			return this.resource.lastModified();
		}

		@Override
		public Resource createRelative(String relativePath) throws IOException {
			return this.resource.createRelative(relativePath);
		}

		@Override
		public String getFilename() {
			return this.resource.getFilename();
		}

		@Override
		public String getDescription() {
			return this.resource.getDescription();
		}

	}

}
