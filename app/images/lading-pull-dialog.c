/* lading-pull-dialog.c
 *
 * Asks for an image to pull and, if wanted, a platform.  The name is
 * checked as it is typed, against the same grammar the engine uses, and
 * the hint under the fields says either what is wrong or exactly what will
 * be pulled ("docker.io/library/busybox:latest"), so that a short name's
 * registry and default tag are no surprise.  ::pull hands the checked
 * reference over; the dialog closes, and the pull lives on in the window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-pull-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "lading-pull-dialog.h"
#include "lading-transfer-text.h"

struct _LadingPullDialog
{
  AdwWindow    parent_instance;

  /* Template widgets */
  GtkWidget   *pull_button;
  AdwEntryRow *reference_row;
  AdwEntryRow *platform_row;
  GtkLabel    *hint_label;
};

G_DEFINE_FINAL_TYPE (LadingPullDialog, lading_pull_dialog, ADW_TYPE_WINDOW)

enum {
  PULL,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* "os", "os/arch" or "os/arch/variant", as the engine's platform parser
 * takes them: "linux/arm64/v8". */
gboolean
lading_pull_dialog_platform_is_valid (const char *platform)
{
  g_auto(GStrv) parts = NULL;
  guint n_parts;

  if (platform == NULL || platform[0] == '\0')
    return TRUE;

  parts = g_strsplit (platform, "/", -1);
  n_parts = g_strv_length (parts);
  if (n_parts > 3)
    return FALSE;

  for (guint i = 0; i < n_parts; i++)
    {
      if (parts[i][0] == '\0')
        return FALSE;
      for (const char *c = parts[i]; *c != '\0'; c++)
        if (!g_ascii_islower (*c) && !g_ascii_isdigit (*c) && *c != '_' && *c != '.')
          return FALSE;
    }

  return TRUE;
}

static char *
dup_field (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static void
set_hint (LadingPullDialog *self,
          const char       *hint,
          gboolean          is_error)
{
  gtk_label_set_text (self->hint_label, hint);
  if (is_error)
    gtk_widget_add_css_class (GTK_WIDGET (self->hint_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->hint_label), "error");
}

static void
set_row_error (AdwEntryRow *row,
               gboolean     is_error)
{
  if (is_error)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

/* Checks both fields; the reference when they are valid, else NULL. */
static LadingImageReference *
check (LadingPullDialog *self)
{
  g_autofree char *text = dup_field (self->reference_row);
  g_autofree char *platform = dup_field (self->platform_row);
  g_autoptr(LadingImageReference) reference = NULL;
  g_autofree char *full_name = NULL;
  g_autofree char *hint = NULL;
  LadingImageReferenceProblem problem = LADING_IMAGE_REFERENCE_OK;
  gboolean platform_valid = lading_pull_dialog_platform_is_valid (platform);

  reference = lading_image_reference_parse (text, &problem);
  /* An empty field is not wrong yet: it says what to type. */
  set_row_error (self->reference_row, problem != LADING_IMAGE_REFERENCE_OK &&
                                      problem != LADING_IMAGE_REFERENCE_EMPTY);
  set_row_error (self->platform_row, !platform_valid);

  if (reference == NULL)
    {
      set_hint (self, lading_transfer_text_reference_hint (problem),
                problem != LADING_IMAGE_REFERENCE_EMPTY);
      return NULL;
    }

  if (!platform_valid)
    {
      set_hint (self, _("A platform is an operating system and an architecture, such as "
                        "linux/arm64."), TRUE);
      return NULL;
    }

  full_name = lading_image_reference_dup_string (reference);
  /* Translators: %s is a whole image name, "docker.io/library/busybox:latest". */
  hint = g_strdup_printf (_("Pulls %s"), full_name);
  set_hint (self, hint, FALSE);

  return g_steal_pointer (&reference);
}

static void
changed_cb (LadingPullDialog *self)
{
  g_autoptr(LadingImageReference) reference = check (self);

  gtk_widget_set_sensitive (self->pull_button, reference != NULL);
}

static void
pull_clicked_cb (LadingPullDialog *self)
{
  g_autoptr(LadingImageReference) reference = check (self);
  g_autofree char *platform = dup_field (self->platform_row);

  if (reference == NULL)
    return;

  g_signal_emit (self, signals[PULL], 0, reference, platform[0] != '\0' ? platform : NULL);
  gtk_window_close (GTK_WINDOW (self));
}

/* Puts @text in the name field, as a search result's "Pull" does. */
void
lading_pull_dialog_set_reference (LadingPullDialog *self,
                                  const char       *text)
{
  g_return_if_fail (LADING_IS_PULL_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->reference_row), text != NULL ? text : "");
  gtk_editable_set_position (GTK_EDITABLE (self->reference_row), -1);
}

GtkWidget *
lading_pull_dialog_new (GtkWindow *parent)
{
  return g_object_new (LADING_TYPE_PULL_DIALOG, "transient-for", parent, NULL);
}

/* Focus goes to the first button otherwise. */
static void
lading_pull_dialog_map (GtkWidget *widget)
{
  LadingPullDialog *self = LADING_PULL_DIALOG (widget);

  GTK_WIDGET_CLASS (lading_pull_dialog_parent_class)->map (widget);
  gtk_widget_grab_focus (GTK_WIDGET (self->reference_row));
}

static void
lading_pull_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), LADING_TYPE_PULL_DIALOG);

  G_OBJECT_CLASS (lading_pull_dialog_parent_class)->dispose (object);
}

static void
lading_pull_dialog_class_init (LadingPullDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lading_pull_dialog_dispose;
  widget_class->map = lading_pull_dialog_map;

  /**
   * LadingPullDialog::pull:
   * @reference: the checked image name
   * @platform: (nullable): "os/arch[/variant]", or %NULL for the engine's own
   */
  signals[PULL] =
    g_signal_new ("pull", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, LADING_TYPE_IMAGE_REFERENCE, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lading/Lading/ui/lading-pull-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LadingPullDialog, pull_button);
  gtk_widget_class_bind_template_child (widget_class, LadingPullDialog, reference_row);
  gtk_widget_class_bind_template_child (widget_class, LadingPullDialog, platform_row);
  gtk_widget_class_bind_template_child (widget_class, LadingPullDialog, hint_label);
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, pull_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
lading_pull_dialog_init (LadingPullDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  changed_cb (self);
}
