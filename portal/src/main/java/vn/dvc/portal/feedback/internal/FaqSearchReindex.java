package vn.dvc.portal.feedback.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Keeps one stored form of the FAQ's search text: at start-up, items published before the FAQ searched over the
 * one folding ({@link vn.dvc.portal.platform.VietnameseText#fold}; its own folding kept punctuation, "hộ-tịch" →
 * "ho-tich" where the one folding gives "ho tich") are re-folded. Idempotent and safe on every node at once;
 * once every row is current it changes nothing. Searching found those items either way (it looks for words of
 * letters and digits), so this only keeps the stored form uniform.
 */
@Component
class FaqSearchReindex implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FaqSearchReindex.class);

    private final Questions questions;

    FaqSearchReindex(Questions questions) {
        this.questions = questions;
    }

    @Override
    public void run(ApplicationArguments args) {
        int changed = questions.refoldSearchText();
        if (changed > 0) {
            log.info("FAQ search text re-folded for {} published items", changed);
        }
    }
}
