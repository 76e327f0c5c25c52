/* lading-image-dialogs.c
 *
 * The questions Lading asks before it removes images, and the one that
 * asks for a new name.  Each names what will be lost: the image and its
 * size, the containers that use it, every image a prune would take and the
 * bytes it would free.  The caller connects to "response" and reads the
 * answer back with the getters, as with lading-container-dialogs.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-image-dialogs"

#include "config.h"

#include <glib/gi18n.h>

#include "lading-container-dialogs.h"
#include "lading-image-dialogs.h"
#include "lading-transfer-text.h"

#define NEW_NAME_ENTRY_KEY   "lading-new-name-entry"
#define CURRENT_NAME_KEY     "lading-current-name"
#define PRUNE_PREVIEW_KEY    "lading-prune-preview"
#define PRUNE_ALL_BUTTON_KEY "lading-prune-all-button"

static AdwMessageDialog *
new_question (GtkWindow  *parent,
              const char *heading,
              const char *body)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, body));

  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");

  return dialog;
}

/**
 * lading_image_dialogs_new_remove:
 * @row: the name (or the untagged image) to remove
 * @users: (element-type LadingContainer): the containers of the image
 *
 * Asks before removing: a name only, when the image has others; else the
 * image and its size.  With @users the answer is "force", which names them;
 * without, "remove".
 *
 * Returns: (transfer none): the dialog, not yet presented
 */
AdwMessageDialog *
lading_image_dialogs_new_remove (GtkWindow      *parent,
                                 LadingImageTag *row,
                                 GPtrArray      *users)
{
  LadingImage *image = lading_image_tag_get_image (row);
  const char * const *tags = lading_image_get_repo_tags (image);
  guint n_tags = tags != NULL ? g_strv_length ((char **)tags) : 0;
  g_autofree char *size = g_format_size (lading_image_get_size (image));
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  g_return_val_if_fail (LADING_IS_IMAGE_TAG (row), NULL);

  if (n_tags > 1)
    {
      /* Translators: %s is an image name such as busybox:latest. */
      heading = g_strdup_printf (_("Remove the Name “%s”?"), lading_image_tag_get_repo_tag (row));
      /* Translators: %u is how many other names the image keeps. */
      body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "The image keeps its other name; nothing is deleted.",
                                           "The image keeps its %u other names; nothing is deleted.",
                                           n_tags - 1),
                              n_tags - 1);
    }
  else
    {
      const char *name = lading_image_tag_get_untagged (row) ? lading_image_get_short_id (image)
                                                              : lading_image_tag_get_repo_tag (row);

      /* Translators: %s is an image name such as busybox:latest, or an image id. */
      heading = g_strdup_printf (_("Remove Image “%s”?"), name);
      /* Translators: %s is a size such as 17.0 MB. */
      body = g_strdup_printf (_("The image (%s) and the layers no other image uses will be "
                                "deleted. Pull or build it again to get it back."), size);
    }

  if (users != NULL && users->len > 0 && n_tags <= 1)
    {
      g_autofree char *names = lading_container_dialogs_dup_names (users);
      g_autofree char *with_users = NULL;

      /* Translators: the first %s is the sentence before; the second names
       * containers: "“web” and “db”". */
      with_users = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "%s\n\nThe container %s uses it; it keeps "
                                                 "its files, but its image will have no name.",
                                                 "%s\n\nThe containers %s use it; they keep "
                                                 "their files, but their image will have no name.",
                                                 users->len),
                                    body, names);
      g_free (body);
      body = g_steal_pointer (&with_users);
    }

  dialog = new_question (parent, heading, body);
  if (users != NULL && users->len > 0 && n_tags <= 1)
    {
      adw_message_dialog_add_response (dialog, "force", _("_Remove Anyway"));
      adw_message_dialog_set_response_appearance (dialog, "force", ADW_RESPONSE_DESTRUCTIVE);
    }
  else
    {
      adw_message_dialog_add_response (dialog, "remove", _("_Remove"));
      adw_message_dialog_set_response_appearance (dialog, "remove", ADW_RESPONSE_DESTRUCTIVE);
    }

  return dialog;
}

static void
new_name_changed_cb (AdwMessageDialog *dialog,
                     GtkEditable      *entry)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  LadingImageReferenceProblem problem = lading_image_reference_check (text);
  GtkWidget *hint = gtk_widget_get_next_sibling (GTK_WIDGET (entry));
  g_autoptr(LadingImageReference) reference = lading_image_reference_parse (text, NULL);
  g_autofree char *familiar = reference != NULL ? lading_image_reference_dup_familiar (reference)
                                                : NULL;
  const char *current = g_object_get_data (G_OBJECT (entry), CURRENT_NAME_KEY);
  gboolean digest = reference != NULL && lading_image_reference_get_digest (reference) != NULL;
  gboolean valid = problem == LADING_IMAGE_REFERENCE_OK && !digest &&
                   g_strcmp0 (familiar, current) != 0;

  adw_message_dialog_set_response_enabled (dialog, "tag", valid);

  if (valid)
    {
      g_autofree char *full_name = lading_image_reference_dup_string (reference);
      g_autofree char *text_hint = g_strdup_printf (_("Names it %s"), full_name);

      gtk_label_set_text (GTK_LABEL (hint), text_hint);
    }
  else
    {
      gtk_label_set_text (GTK_LABEL (hint),
                          digest ? _("A digest cannot be given; the registry computes it.")
                          : problem == LADING_IMAGE_REFERENCE_OK
                          ? _("The image has this name already.")
                          : lading_transfer_text_reference_hint (problem));
    }

  /* An empty field, or the current name, is not wrong yet. */
  if (!digest && (problem == LADING_IMAGE_REFERENCE_OK || problem == LADING_IMAGE_REFERENCE_EMPTY))
    {
      gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
      gtk_widget_remove_css_class (hint, "error");
    }
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      gtk_widget_add_css_class (hint, "error");
    }
}

/* Enter answers as the button would, and closes the dialog as a click
 * does; the "cancel" that closing answers finds nothing left to do. */
static void
new_name_activate_cb (AdwMessageDialog *dialog)
{
  if (!adw_message_dialog_get_response_enabled (dialog, "tag"))
    return;

  adw_message_dialog_response (dialog, "tag");
  gtk_window_close (GTK_WINDOW (dialog));
}

/**
 * lading_image_dialogs_new_tag:
 * @row: the image to name
 *
 * Asks for another name for @row's image; the response "tag" is enabled
 * only for a valid one.
 *
 * Returns: (transfer none): the dialog, not yet presented
 */
AdwMessageDialog *
lading_image_dialogs_new_tag (GtkWindow      *parent,
                              LadingImageTag *row)
{
  LadingImage *image = lading_image_tag_get_image (row);
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *box;
  GtkWidget *entry;
  GtkWidget *hint;

  g_return_val_if_fail (LADING_IS_IMAGE_TAG (row), NULL);

  /* Translators: %s is an image name such as busybox:latest, or an image id. */
  body = g_strdup_printf (_("Give “%s” another name, such as registry.example.com/team/app:1.0 "
                            "to push it there."),
                          lading_image_tag_get_untagged (row) ? lading_image_get_short_id (image)
                                                              : lading_image_tag_get_repo_tag (row));
  dialog = new_question (parent, _("Tag Image"), body);
  adw_message_dialog_add_response (dialog, "tag", _("_Tag"));
  adw_message_dialog_set_response_appearance (dialog, "tag", ADW_RESPONSE_SUGGESTED);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  entry = gtk_entry_new ();
  gtk_entry_set_input_hints (GTK_ENTRY (entry), GTK_INPUT_HINT_NO_SPELLCHECK |
                                                GTK_INPUT_HINT_LOWERCASE);
  if (!lading_image_tag_get_untagged (row))
    {
      gtk_editable_set_text (GTK_EDITABLE (entry), lading_image_tag_get_repo_tag (row));
      g_object_set_data_full (G_OBJECT (entry), CURRENT_NAME_KEY,
                              g_strdup (lading_image_tag_get_repo_tag (row)), g_free);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("New name"), -1);
  hint = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (hint), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (hint), 40);
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_widget_add_css_class (hint, "caption");
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), hint);

  g_signal_connect_object (entry, "changed", G_CALLBACK (new_name_changed_cb), dialog,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (entry, "activate", G_CALLBACK (new_name_activate_cb), dialog,
                           G_CONNECT_SWAPPED);
  g_object_set_data (G_OBJECT (dialog), NEW_NAME_ENTRY_KEY, entry);
  adw_message_dialog_set_extra_child (dialog, box);
  new_name_changed_cb (dialog, GTK_EDITABLE (entry));

  return dialog;
}

/**
 * lading_image_dialogs_dup_new_name:
 * @dialog: a dialog from lading_image_dialogs_new_tag()
 *
 * Returns: (transfer full) (nullable): the name typed, if valid
 */
LadingImageReference *
lading_image_dialogs_dup_new_name (AdwMessageDialog *dialog)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), NEW_NAME_ENTRY_KEY);
  g_autofree char *text = NULL;

  g_return_val_if_fail (GTK_IS_EDITABLE (entry), NULL);

  text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  return lading_image_reference_parse (text, NULL);
}

/* "busybox:latest — 4.3 MB", one line per image, for the prune preview. */
static char *
dup_image_lines (GPtrArray *images,
                 gint64    *total)
{
  g_autoptr(GString) lines = g_string_new (NULL);

  *total = 0;
  for (guint i = 0; i < images->len; i++)
    {
      LadingImage *image = g_ptr_array_index (images, i);
      g_autofree char *size = g_format_size (lading_image_get_size (image));

      *total += lading_image_get_size (image);
      g_string_append_printf (lines, "%s%s — %s", i > 0 ? "\n" : "",
                              lading_image_get_dangling (image)
                              ? lading_image_get_short_id (image)
                              : lading_image_get_display_name (image),
                              size);
    }

  return g_string_free (g_steal_pointer (&lines), FALSE);
}

typedef struct
{
  GtkLabel  *summary;
  GtkLabel  *list;
  GtkWidget *scrolled;
  GPtrArray *dangling;
  GPtrArray *unused;
} PrunePreview;

static void
prune_preview_free (gpointer data)
{
  PrunePreview *preview = data;

  g_ptr_array_unref (preview->dangling);
  g_ptr_array_unref (preview->unused);
  g_free (preview);
}

static void
prune_choice_cb (GtkCheckButton   *all_button,
                 AdwMessageDialog *dialog)
{
  PrunePreview *preview = g_object_get_data (G_OBJECT (dialog), PRUNE_PREVIEW_KEY);
  gboolean all = gtk_check_button_get_active (all_button);
  GPtrArray *images = all ? preview->unused : preview->dangling;
  g_autofree char *lines = NULL;
  g_autofree char *total_text = NULL;
  g_autofree char *summary = NULL;
  gint64 total;

  lines = dup_image_lines (images, &total);
  total_text = g_format_size (total);
  if (images->len == 0)
    summary = g_strdup (_("No image would go."));
  else
    /* Translators: %u images, then a size: "3 images will be deleted, up to 45.0 MB". */
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u image will be deleted, freeing up to %s "
                                            "(less what other images share):",
                                            "%u images will be deleted, freeing up to %s "
                                            "(less what other images share):",
                                            images->len),
                               images->len, total_text);

  gtk_label_set_text (preview->summary, summary);
  gtk_label_set_text (preview->list, lines);
  gtk_widget_set_visible (preview->scrolled, images->len > 0);
  adw_message_dialog_set_response_enabled (dialog, "prune", images->len > 0);
}

/**
 * lading_image_dialogs_new_prune:
 * @dangling: (element-type LadingImage): the images without a name no
 *   container uses
 * @unused: (element-type LadingImage): every image no container uses
 *
 * Asks which images to prune, listing every one that will go.
 *
 * Returns: (transfer none): the dialog, not yet presented
 */
AdwMessageDialog *
lading_image_dialogs_new_prune (GtkWindow *parent,
                                GPtrArray *dangling,
                                GPtrArray *unused)
{
  PrunePreview *preview = g_new0 (PrunePreview, 1);
  AdwMessageDialog *dialog;
  GtkWidget *box, *dangling_button, *all_button, *scrolled;

  dialog = new_question (parent, _("Remove Unused Images?"),
                         _("Deleted images are gone for good; pull or build them again to get "
                           "them back."));
  adw_message_dialog_add_response (dialog, "prune", _("_Remove"));
  adw_message_dialog_set_response_appearance (dialog, "prune", ADW_RESPONSE_DESTRUCTIVE);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  dangling_button = gtk_check_button_new_with_mnemonic (_("Only images _without a name"));
  all_button = gtk_check_button_new_with_mnemonic (_("_Every image no container uses"));
  gtk_check_button_set_group (GTK_CHECK_BUTTON (all_button), GTK_CHECK_BUTTON (dangling_button));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (dangling_button), TRUE);
  gtk_box_append (GTK_BOX (box), dangling_button);
  gtk_box_append (GTK_BOX (box), all_button);

  preview->dangling = g_ptr_array_ref (dangling);
  preview->unused = g_ptr_array_ref (unused);
  preview->summary = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (preview->summary, TRUE);
  gtk_label_set_xalign (preview->summary, 0);
  gtk_widget_set_margin_top (GTK_WIDGET (preview->summary), 6);
  preview->list = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (preview->list, 0);
  gtk_label_set_yalign (preview->list, 0);
  gtk_label_set_selectable (preview->list, TRUE);
  gtk_label_set_wrap (preview->list, TRUE);
  gtk_label_set_wrap_mode (preview->list, PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (GTK_WIDGET (preview->list), "caption");
  preview->scrolled = scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 200);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (preview->list));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (preview->summary));
  gtk_box_append (GTK_BOX (box), scrolled);

  g_object_set_data_full (G_OBJECT (dialog), PRUNE_PREVIEW_KEY, preview, prune_preview_free);
  g_object_set_data (G_OBJECT (dialog), PRUNE_ALL_BUTTON_KEY, all_button);
  g_signal_connect_object (all_button, "toggled", G_CALLBACK (prune_choice_cb), dialog, 0);
  adw_message_dialog_set_extra_child (dialog, box);
  prune_choice_cb (GTK_CHECK_BUTTON (all_button), dialog);

  return dialog;
}

/* Whether the answer was every unused image, not only those without a name. */
gboolean
lading_image_dialogs_get_prune_all (AdwMessageDialog *dialog)
{
  GtkCheckButton *all_button = g_object_get_data (G_OBJECT (dialog), PRUNE_ALL_BUTTON_KEY);

  g_return_val_if_fail (GTK_IS_CHECK_BUTTON (all_button), FALSE);

  return gtk_check_button_get_active (all_button);
}
