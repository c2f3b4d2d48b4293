package vn.dvc.portal.platform.internal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page (Trang chủ). */
@Controller
class HomeController {

    private final UpcomingSections sections;

    HomeController(UpcomingSections sections) {
        this.sections = sections;
    }

    @GetMapping("/")
    String home(Model model) {
        // a card says "not yet online" only while no module has taken its section over
        model.addAttribute("upcomingPaths", sections.upcoming());
        return "home";
    }
}
