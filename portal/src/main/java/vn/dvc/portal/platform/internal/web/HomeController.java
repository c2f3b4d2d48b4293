package vn.dvc.portal.platform.internal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page (Trang chủ). */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
