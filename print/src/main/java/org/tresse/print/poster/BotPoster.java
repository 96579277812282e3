package org.tresse.print.poster;

import java.util.ArrayList;
import java.util.List;
import org.tresse.core.engine.UserError;
import org.tresse.core.store.Handle;

/** A poster inviting the village to write to the association through the bot: the voice page, Telegram, email. */
public final class BotPoster implements PosterSubject {
    @Override
    public Poster poster(Handle handle, String reference, PosterScope scope) {
        if (!reference.isBlank()) {
            throw new UserError("affiche.bot.sans.numero");
        }
        List<QrTarget> codes = new ArrayList<>();
        scope.links().voicePage().ifPresent(page -> codes.add(new QrTarget(scope.t("affiche.qr.site"), page, page)));
        scope.links().telegramChat().ifPresent(link -> codes.add(new QrTarget(scope.t("affiche.qr.telegram"), link, link)));
        scope.links().mail("/avis").ifPresent(mail -> codes.add(new QrTarget(scope.t("affiche.qr.email"), mail,
                scope.links().email().orElseThrow())));
        if (codes.isEmpty()) {
            throw new UserError("affiche.aucun.lien");
        }
        return new Poster(scope.t("affiche.bot.surtitre"), scope.t("affiche.bot.titre"), scope.t("affiche.bot.invitation"),
                List.of(scope.t("affiche.bot.detail")), codes);
    }
}
