/* lading-container-dialogs.c
 *
 * The questions Lading asks before it does something that cannot be undone
 * (remove, kill) or that needs an answer (rename), and the dialog behind a
 * toast's "Details" button.  Each names the containers it is about; the
 * caller connects to "response", reads the options back with the getters and
 * destroys the dialog: a response may also be emitted without the dialog
 * closing itself (Enter in the rename entry, adw_message_dialog_response()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-container-dialogs"

#include "config.h"

#include <glib/gi18n.h>

#include "lading-container-dialogs.h"

/* The signals a newcomer may want, the safe default first. */
static const char * const kill_signals[] = {
  "SIGKILL", "SIGTERM", "SIGINT", "SIGHUP", "SIGUSR1", "SIGUSR2", NULL
};

#define REMOVE_VOLUMES_KEY "lading-remove-volumes"
#define REMOVE_FORCE_KEY   "lading-remove-force"
#define KILL_SIGNAL_KEY    "lading-kill-signal"
#define RENAME_ENTRY_KEY   "lading-rename-entry"

static gboolean
is_running (LadingContainer *container)
{
  switch (lading_container_get_state (container))
    {
    case LADING_CONTAINER_STATE_RUNNING:
    case LADING_CONTAINER_STATE_PAUSED:
    case LADING_CONTAINER_STATE_RESTARTING:
      return TRUE;

    case LADING_CONTAINER_STATE_UNKNOWN:
    case LADING_CONTAINER_STATE_CREATED:
    case LADING_CONTAINER_STATE_REMOVING:
    case LADING_CONTAINER_STATE_EXITED:
    case LADING_CONTAINER_STATE_DEAD:
    default:
      return FALSE;
    }
}

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

static GtkWidget *
new_check (GtkWidget  *box,
           const char *label)
{
  GtkWidget *check = gtk_check_button_new_with_mnemonic (label);

  gtk_box_append (GTK_BOX (box), check);
  return check;
}

/**
 * lading_container_dialogs_dup_name_phrase:
 * @names: one or more container names
 *
 * Returns: (transfer full): the names as a phrase: "“web-1”",
 *   "“web-1” and “db-1”", or "“a”, “b”, “c” and 7 more"
 */
char *
lading_container_dialogs_dup_name_phrase (const char * const *names)
{
  guint n;

  g_return_val_if_fail (names != NULL && names[0] != NULL, NULL);

  n = g_strv_length ((char **)names);

  /* Whole phrases rather than joined pieces, so that translators can order
   * them; past four names a list stops being read, so the rest is counted. */
  switch (n)
    {
    case 1:
      return g_strdup_printf (_("“%s”"), names[0]);

    case 2:
      return g_strdup_printf (_("“%s” and “%s”"), names[0], names[1]);

    case 3:
      return g_strdup_printf (_("“%s”, “%s” and “%s”"), names[0], names[1], names[2]);

    case 4:
      return g_strdup_printf (_("“%s”, “%s”, “%s” and “%s”"),
                              names[0], names[1], names[2], names[3]);

    default:
      /* Translators: three container names, then how many more there are */
      return g_strdup_printf (ngettext ("“%s”, “%s”, “%s” and %u more",
                                        "“%s”, “%s”, “%s” and %u more", n - 3),
                              names[0], names[1], names[2], n - 3);
    }
}

/**
 * lading_container_dialogs_dup_names:
 * @containers: (element-type LadingContainer): one or more containers
 *
 * Returns: (transfer full): their names as a phrase, as
 *   lading_container_dialogs_dup_name_phrase() makes it
 */
char *
lading_container_dialogs_dup_names (GPtrArray *containers)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  g_return_val_if_fail (containers != NULL && containers->len > 0, NULL);

  for (guint i = 0; i < containers->len; i++)
    g_ptr_array_add (names, (gpointer)lading_container_get_name (g_ptr_array_index (containers, i)));
  g_ptr_array_add (names, NULL);

  return lading_container_dialogs_dup_name_phrase ((const char * const *)names->pdata);
}

/**
 * lading_container_dialogs_name_is_valid:
 * @name: a proposed container name
 *
 * Returns: whether the engine accepts @name: `[a-zA-Z0-9][a-zA-Z0-9_.-]+`
 */
gboolean
lading_container_dialogs_name_is_valid (const char *name)
{
  g_return_val_if_fail (name != NULL, FALSE);

  if (!g_ascii_isalnum (name[0]) || name[1] == '\0')
    return FALSE;

  for (const char *c = name + 1; *c != '\0'; c++)
    if (!g_ascii_isalnum (*c) && strchr ("_.-", *c) == NULL)
      return FALSE;

  return TRUE;
}

/**
 * lading_container_dialogs_new_remove:
 * @parent: the window to stay above
 * @containers: (element-type LadingContainer): what to remove
 *
 * Asks whether to remove @containers, with "also remove anonymous volumes"
 * off, and "remove even if running" off and only offered when some run.
 * The response "remove" confirms.
 *
 * Returns: (transfer none): the dialog, not yet presented
 */
AdwMessageDialog *
lading_container_dialogs_new_remove (GtkWindow *parent,
                                     GPtrArray *containers)
{
  g_autofree char *names = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *box;
  GtkWidget *force = NULL;
  guint n_running = 0;

  g_return_val_if_fail (containers != NULL && containers->len > 0, NULL);

  names = lading_container_dialogs_dup_names (containers);
  for (guint i = 0; i < containers->len; i++)
    n_running += is_running (g_ptr_array_index (containers, i));

  if (containers->len == 1)
    heading = g_strdup (_("Remove Container?"));
  else
    heading = g_strdup_printf (ngettext ("Remove %u Container?", "Remove %u Containers?",
                                         containers->len),
                               containers->len);

  /* Translators: %s is one or more container names, "“web-1” and “db-1”" */
  body = g_strdup_printf (ngettext ("%s will be deleted with its settings and logs. "
                                    "Data in named volumes is kept.",
                                    "%s will be deleted with their settings and logs. "
                                    "Data in named volumes is kept.",
                                    containers->len),
                          names);

  dialog = new_question (parent, heading, body);
  adw_message_dialog_add_response (dialog, "remove", _("_Remove"));
  adw_message_dialog_set_response_appearance (dialog, "remove", ADW_RESPONSE_DESTRUCTIVE);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  g_object_set_data (G_OBJECT (dialog), REMOVE_VOLUMES_KEY,
                     new_check (box, _("Also remove _anonymous volumes")));
  if (n_running > 0)
    force = new_check (box, _("Remove even if _running (force)"));
  g_object_set_data (G_OBJECT (dialog), REMOVE_FORCE_KEY, force);
  adw_message_dialog_set_extra_child (dialog, box);

  return dialog;
}

/**
 * lading_container_dialogs_get_remove_flags:
 * @dialog: a dialog from lading_container_dialogs_new_remove()
 *
 * Returns: the options ticked in @dialog
 */
LadingContainerActionFlags
lading_container_dialogs_get_remove_flags (AdwMessageDialog *dialog)
{
  GtkCheckButton *volumes = g_object_get_data (G_OBJECT (dialog), REMOVE_VOLUMES_KEY);
  GtkCheckButton *force = g_object_get_data (G_OBJECT (dialog), REMOVE_FORCE_KEY);
  LadingContainerActionFlags flags = LADING_CONTAINER_ACTION_FLAGS_NONE;

  g_return_val_if_fail (GTK_IS_CHECK_BUTTON (volumes), flags);

  if (gtk_check_button_get_active (volumes))
    flags |= LADING_CONTAINER_ACTION_FLAGS_REMOVE_VOLUMES;
  if (force != NULL && gtk_check_button_get_active (force))
    flags |= LADING_CONTAINER_ACTION_FLAGS_FORCE;

  return flags;
}

/**
 * lading_container_dialogs_new_kill:
 * @parent: the window to stay above
 * @containers: (element-type LadingContainer): what to kill
 *
 * Asks whether to kill @containers, and with which signal (SIGKILL unless
 * the user picks another).  The response "kill" confirms.
 *
 * Returns: (transfer none): the dialog, not yet presented
 */
AdwMessageDialog *
lading_container_dialogs_new_kill (GtkWindow *parent,
                                   GPtrArray *containers)
{
  g_autofree char *names = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *box;
  GtkWidget *label;
  GtkWidget *drop_down;

  g_return_val_if_fail (containers != NULL && containers->len > 0, NULL);

  names = lading_container_dialogs_dup_names (containers);

  if (containers->len == 1)
    heading = g_strdup (_("Kill Container?"));
  else
    heading = g_strdup_printf (ngettext ("Kill %u Container?", "Kill %u Containers?",
                                         containers->len),
                               containers->len);

  /* Translators: %s is one or more container names, "“web-1” and “db-1”" */
  body = g_strdup_printf (ngettext ("%s gets the signal at once, with no time to finish "
                                    "its work. Unsaved data may be lost.",
                                    "%s get the signal at once, with no time to finish "
                                    "their work. Unsaved data may be lost.",
                                    containers->len),
                          names);

  dialog = new_question (parent, heading, body);
  adw_message_dialog_add_response (dialog, "kill", _("_Kill"));
  adw_message_dialog_set_response_appearance (dialog, "kill", ADW_RESPONSE_DESTRUCTIVE);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  label = gtk_label_new_with_mnemonic (_("_Signal"));
  drop_down = gtk_drop_down_new_from_strings ((const char * const *)kill_signals);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), drop_down);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (drop_down),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                  -1);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), drop_down);
  g_object_set_data (G_OBJECT (dialog), KILL_SIGNAL_KEY, drop_down);
  adw_message_dialog_set_extra_child (dialog, box);

  return dialog;
}

/**
 * lading_container_dialogs_get_kill_signal:
 * @dialog: a dialog from lading_container_dialogs_new_kill()
 *
 * Returns: the chosen signal's name, "SIGKILL" unless changed
 */
const char *
lading_container_dialogs_get_kill_signal (AdwMessageDialog *dialog)
{
  GtkDropDown *drop_down = g_object_get_data (G_OBJECT (dialog), KILL_SIGNAL_KEY);
  guint selected;

  g_return_val_if_fail (GTK_IS_DROP_DOWN (drop_down), kill_signals[0]);

  selected = gtk_drop_down_get_selected (drop_down);
  return selected < G_N_ELEMENTS (kill_signals) - 1 ? kill_signals[selected] : kill_signals[0];
}

/* Rename is allowed only for a name the engine will take, and one that
 * differs from the current name; the hint says why otherwise. */
static void
rename_changed_cb (AdwMessageDialog *dialog,
                   GtkEditable      *entry)
{
  const char *text = gtk_editable_get_text (entry);
  const char *current = g_object_get_data (G_OBJECT (entry), "lading-current-name");
  gboolean valid = lading_container_dialogs_name_is_valid (text);
  GtkWidget *hint = gtk_widget_get_next_sibling (GTK_WIDGET (entry));

  adw_message_dialog_set_response_enabled (dialog, "rename",
                                           valid && g_strcmp0 (text, current) != 0);
  gtk_widget_set_visible (hint, !valid && text[0] != '\0');

  if (valid || text[0] == '\0')
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
}

/* Enter in the entry answers as the button would.  Closing the window here
 * would answer a second time with "cancel", so the response handler does it
 * (see the file comment). */
static void
rename_activate_cb (AdwMessageDialog *dialog)
{
  if (adw_message_dialog_get_response_enabled (dialog, "rename"))
    adw_message_dialog_response (dialog, "rename");
}

/**
 * lading_container_dialogs_new_rename:
 * @parent: the window to stay above
 * @container: what to rename
 *
 * Asks for a new name; the response "rename" is enabled only for a valid
 * one.
 *
 * Returns: (transfer none): the dialog, not yet presented
 */
AdwMessageDialog *
lading_container_dialogs_new_rename (GtkWindow       *parent,
                                     LadingContainer *container)
{
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *box;
  GtkWidget *entry;
  GtkWidget *hint;

  g_return_val_if_fail (LADING_IS_CONTAINER (container), NULL);

  /* Translators: %s is the container's current name */
  body = g_strdup_printf (_("Choose a new name for “%s”."), lading_container_get_name (container));
  dialog = new_question (parent, _("Rename Container"), body);
  adw_message_dialog_add_response (dialog, "rename", _("_Rename"));
  adw_message_dialog_set_response_appearance (dialog, "rename", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (dialog, "rename", FALSE);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), lading_container_get_name (container));
  g_object_set_data_full (G_OBJECT (entry), "lading-current-name",
                          g_strdup (lading_container_get_name (container)), g_free);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("New name"),
                                  -1);
  hint = gtk_label_new (_("A name starts with a letter or digit, has at least two characters, "
                          "and uses only letters, digits, “_”, “.” and “-”."));
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (hint), 40);
  gtk_widget_add_css_class (hint, "caption");
  gtk_widget_add_css_class (hint, "error");
  gtk_widget_set_visible (hint, FALSE);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), hint);

  g_signal_connect_object (entry, "changed", G_CALLBACK (rename_changed_cb), dialog,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (entry, "activate", G_CALLBACK (rename_activate_cb), dialog,
                           G_CONNECT_SWAPPED);
  g_object_set_data (G_OBJECT (dialog), RENAME_ENTRY_KEY, entry);
  adw_message_dialog_set_extra_child (dialog, box);

  return dialog;
}

/**
 * lading_container_dialogs_get_new_name:
 * @dialog: a dialog from lading_container_dialogs_new_rename()
 *
 * Returns: the name typed in @dialog
 */
const char *
lading_container_dialogs_get_new_name (AdwMessageDialog *dialog)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), RENAME_ENTRY_KEY);

  g_return_val_if_fail (GTK_IS_EDITABLE (entry), NULL);

  return gtk_editable_get_text (entry);
}

/**
 * lading_container_dialogs_new_details:
 * @parent: the window to stay above
 * @heading: what failed, as a sentence
 * @details_markup: the engine's own words, as Pango markup, shown
 *   selectable so they can be copied and searched for
 *
 * Returns: (transfer none): the dialog, not yet presented
 */
AdwMessageDialog *
lading_container_dialogs_new_details (GtkWindow  *parent,
                                      const char *heading,
                                      const char *details_markup)
{
  AdwMessageDialog *dialog;
  GtkWidget *scrolled;
  GtkWidget *label;

  g_return_val_if_fail (heading != NULL && details_markup != NULL, NULL);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, NULL));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));

  label = gtk_label_new (NULL);
  gtk_label_set_markup (GTK_LABEL (label), details_markup);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);

  /* Fifty failures make a long text; it scrolls rather than grow the dialog
   * past the screen.  The natural height of a wrapping label is that of one
   * long line, so the height is fixed rather than propagated. */
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 160);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), label);
  adw_message_dialog_set_extra_child (dialog, scrolled);

  return dialog;
}
