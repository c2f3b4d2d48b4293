package vn.dvc.portal.platform;

import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;

/**
 * The form a page handler shows again when its input is refused. The handler declares it as a parameter and,
 * before it calls the service, says how the form is rendered; it catches nothing:
 *
 * <pre>{@code
 * @PostMapping("/quan-tri/co-quan/moi")
 * String createAgency(@ModelAttribute AgencyDraft draft, Model model, FormPage form) {
 *     form.onRefused(() -> renderAgencyForm(draft, true, model));
 *     administration.createAgency(draft);
 *     return "redirect:/quan-tri/co-quan?da-luu=1";
 * }
 * }</pre>
 *
 * When the handler throws {@link RefusedInput}, the platform's page advice puts the refusal's errors in the
 * handler's model ({@link FormError#addTo}), calls the renderer and answers with its view and the refusal's status
 * (400, or 409 / 429) — a plain form post, no JavaScript needed. A renderer keeps the errors it finds (a page it
 * shares with a GET handler adds empty ones only when there are none). A page handler that registers nothing shows the
 * portal's "request refused" page listing the errors.
 */
public final class FormPage {

    /** The request attribute under which the handler's form page is kept for the advice. */
    public static final String ATTRIBUTE = FormPage.class.getName();

    private final Model model;
    private @Nullable Function<RefusedInput, String> renderer;

    /** Made by the platform for the handler's own model; handlers declare it as a parameter. */
    public FormPage(Model model) {
        this.model = model;
    }

    /** On a refusal, render this view (a view name, prepared in the handler's model). */
    public void onRefused(Supplier<String> view) {
        this.renderer = refused -> view.get();
    }

    /** On a refusal, render the view this function chooses for it (e.g. the step of a wizard the field is on). */
    public void onRefused(Function<RefusedInput, String> view) {
        this.renderer = view;
    }

    /** The handler's model, which the view is rendered with. */
    public Model model() {
        return model;
    }

    /**
     * Prepares the form again for a refusal: puts the refusal's errors in the model, then calls the renderer (which
     * finds them there and may re-express them, e.g. as its own field ids); returns the view name, or null when the
     * handler registered no form.
     */
    public @Nullable String render(RefusedInput refused) {
        Function<RefusedInput, String> view = renderer;
        if (view == null) {
            return null;
        }
        FormError.addTo(model, refused.errors());
        return view.apply(refused);
    }
}
