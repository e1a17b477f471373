package org.serviceweek.wall.web;

import org.serviceweek.wall.ScreenSnapshots;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * What office screens poll: {@code GET /wall/screen/data} with the ETag they have. An
 * unchanged document is a bodiless 304 answered from memory; no database, no session, no
 * page model (a functional route, so no controller advice runs for it).
 */
@Configuration(proxyBeanMethods = false)
class ScreenPolling {

	static final String PATH = "/wall/screen/data";

	@Bean
	RouterFunction<ServerResponse> screenData(ScreenSnapshots snapshots) {
		HandlerFunction<ServerResponse> data = (request) -> {
			// The ETag makes Spring answer a matching If-None-Match (also weak or in a
			// list) with a bodiless 304 before anything is written.
			ScreenSnapshots.Snapshot snapshot = snapshots.current();
			return ServerResponse.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.eTag(snapshot.etag())
				.cacheControl(CacheControl.noCache())
				.body(snapshot.json());
		};
		// HEAD as well, like the wall's other pages (the server leaves the body out).
		return RouterFunctions.route().GET(PATH, data).HEAD(PATH, data).build();
	}

}
