package vn.dvc.portal.platform.internal.web;

import java.util.List;

/**
 * The portal's main navigation, in the order the regulation's portal shows it. Sign-in, registration and the
 * account are in the header (layout.html), beside the language switch.
 */
public final class Navigation {

    /**
     * One entry of the main menu.
     *
     * @param messageKey the label's message key
     * @param path       the public path (Vietnamese slug without diacritics)
     */
    public record Item(String messageKey, String path) {

        public boolean isCurrent(String currentPath) {
            return path.equals("/") ? currentPath.equals("/") : currentPath.startsWith(path);
        }
    }

    static final List<Item> MAIN = List.of(
            new Item("nav.home", "/"),
            new Item("nav.procedures", "/thu-tuc-hanh-chinh"),
            new Item("nav.submit", "/nop-ho-so"),
            new Item("nav.lookup", "/tra-cuu-ho-so"),
            new Item("nav.questions", "/hoi-dap"),
            new Item("nav.statistics", "/thong-ke"),
            new Item("nav.news", "/tin-tuc"));

    private Navigation() {
    }
}
