package org.serviceweek.wall.web;

import java.time.Clock;

import org.serviceweek.shared.web.PublicAddress;
import org.serviceweek.wall.ScreenSnapshots;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The office screen: a full-screen page for the TVs in the office, kept up to date by
 * polling {@link ScreenPolling}.
 */
@Controller
class ScreenController {

	private final ScreenSnapshots snapshots;

	private final PublicAddress address;

	private final Clock clock;

	ScreenController(ScreenSnapshots snapshots, PublicAddress address, Clock clock) {
		this.snapshots = snapshots;
		this.address = address;
		this.clock = clock;
	}

	@GetMapping("/wall/screen")
	String screen(Model model) {
		ScreenSnapshots.Snapshot snapshot = this.snapshots.current();
		model.addAttribute("snapshot", snapshot);
		model.addAttribute("address", this.address.base());
		model.addAttribute("zone", this.clock.getZone().getId());
		return "wall/screen";
	}

}
