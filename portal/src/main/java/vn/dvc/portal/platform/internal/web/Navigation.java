package vn.dvc.portal.platform.internal.web;

import java.util.List;
import vn.dvc.portal.platform.CitizenPortal;

/**
 * The portal's main navigation, in the order the regulation's portal shows it. Sign-in, registration and the
 * account are in the header (layout.html), beside the language switch.
 */
public final class Navigation {

    /**
     * One entry of the main menu.
     *
     * @param messageKey     the label's message key
     * @param path           the public path (Vietnamese slug without diacritics)
     * @param descriptionKey the message key of its description on the home page
     */
    public record Item(String messageKey, String path, String descriptionKey) {

        public Item(String messageKey, String path) {
            this(messageKey, path, messageKey + ".description");
        }

        public boolean isCurrent(String currentPath) {
            return path.equals("/") ? currentPath.equals("/") : currentPath.startsWith(path);
        }
    }

    /** Online submission: the province's wizard, or in headless mode the page that sends people to the National Portal. */
    static final Item SUBMIT = new Item("nav.submit", "/nop-ho-so");

    static final List<Item> MAIN = List.of(
            new Item("nav.home", "/"),
            new Item("nav.procedures", "/thu-tuc-hanh-chinh"),
            SUBMIT,
            new Item("nav.lookup", "/tra-cuu-ho-so"),
            new Item("nav.questions", "/hoi-dap"),
            new Item("nav.statistics", "/thong-ke"),
            new Item("nav.news", "/tin-tuc"));

    /** In headless mode the submission entry says that citizens file on the National Portal. */
    static final List<Item> NATIONAL = MAIN.stream().map(item -> item == SUBMIT
            ? new Item(SUBMIT.messageKey(), SUBMIT.path(), "nav.submit.national.description") : item).toList();

    /** The menu for where citizens file online. */
    static List<Item> main(CitizenPortal citizenPortal) {
        return citizenPortal.national() ? NATIONAL : MAIN;
    }

    private Navigation() {
    }
}
