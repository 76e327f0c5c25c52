/* lading-removal.c
 *
 * The end of a question that removes things (volumes, networks): when the
 * user answers with the removing response, each item goes by name, one
 * at a time and in the order the question listed them, and a toast says
 * what went, what it freed and the engine's words for what it refused.
 * With a prune list, only the items left chosen go: never what the
 * engine's own prune might find by then.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-removal"

#include "config.h"

#include <glib/gi18n.h>

#include "lading-removal.h"

struct _LadingRemoval
{
  const LadingRemovalKind *kind;
  LadingStore             *store;
  GWeakRef                 overlay;    /* where the toast goes */
  GPtrArray               *names;      /* the keys of what was asked about, in order */
  GHashTable              *sizes;      /* key → gint64 *, what each frees when known */
  GHashTable              *titles;     /* key → what the user knows it as */
  char                    *response;   /* the answer that removes */
  LadingPruneList         *choices;    /* nullable: which of @names to remove */
  GStrv                    chosen;     /* what goes, once answered */
  guint                    next;
  guint                    n_removed;
  gint64                   freed;
  GString                 *failures;   /* the engine's words for each refusal */
};

#define REMOVAL_KEY "lading-removal"

static void
lading_removal_free (LadingRemoval *self)
{
  g_clear_object (&self->store);
  g_weak_ref_clear (&self->overlay);
  g_ptr_array_unref (self->names);
  g_hash_table_unref (self->sizes);
  g_hash_table_unref (self->titles);
  g_free (self->response);
  g_clear_object (&self->choices);
  g_strfreev (self->chosen);
  g_string_free (self->failures, TRUE);
  g_free (self);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadingRemoval, lading_removal_free)

static GtkWindow *
page_window (GtkWidget *page)
{
  GtkRoot *root = gtk_widget_get_root (page);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/**
 * lading_removal_new_question:
 * @body: (nullable): the question's words
 *
 * Returns: (transfer none): a question over @page's window whose default
 *   and Escape answer is "cancel", not yet presented
 */
AdwMessageDialog *
lading_removal_new_question (GtkWidget  *page,
                             const char *heading,
                             const char *body)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (page_window (page),
                                                                         heading, body));

  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");

  return dialog;
}

/* Says why something cannot be removed, with no answer but Close. */
void
lading_removal_show_refusal (GtkWidget  *page,
                             const char *heading,
                             const char *body)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (page_window (page),
                                                                         heading, body));

  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

LadingRemoval *
lading_removal_new (GtkWidget               *page,
                    LadingStore             *store,
                    const LadingRemovalKind *kind)
{
  LadingRemoval *self = g_new0 (LadingRemoval, 1);

  self->kind = kind;
  self->store = g_object_ref (store);
  self->names = g_ptr_array_new_with_free_func (g_free);
  self->sizes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->failures = g_string_new (NULL);
  g_weak_ref_init (&self->overlay, gtk_widget_get_ancestor (page, ADW_TYPE_TOAST_OVERLAY));

  return self;
}

/**
 * lading_removal_add:
 * @key: what the kind's remove_async() takes, a name or an id
 * @title: (nullable): what the user knows the item as, when not @key
 * @bytes: what removing it frees, or -1 when unknown
 *
 * Adds an item the question is about.
 */
void
lading_removal_add (LadingRemoval *self,
                    const char    *key,
                    const char    *title,
                    gint64         bytes)
{
  g_ptr_array_add (self->names, g_strdup (key));
  g_hash_table_insert (self->sizes, g_strdup (key), g_memdup2 (&bytes, sizeof bytes));
  g_hash_table_insert (self->titles, g_strdup (key), g_strdup (title != NULL ? title : key));
}

static void
toast (LadingRemoval *self)
{
  g_autoptr(AdwToastOverlay) overlay = g_weak_ref_get (&self->overlay);
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (self->n_removed > 0)
    title = self->kind->removed_text (self->n_removed, self->freed,
                                      g_strv_length (self->chosen) == 1
                                      ? g_hash_table_lookup (self->titles, self->chosen[0])
                                      : NULL);
  if (self->failures->len > 0)
    {
      g_autofree char *with_failures = g_strconcat (title != NULL ? title : "",
                                                    title != NULL ? ". " : "",
                                                    self->failures->str, NULL);

      g_free (title);
      title = g_steal_pointer (&with_failures);
    }

  if (overlay == NULL || title == NULL)
    return;

  toast = adw_toast_new (title);
  adw_toast_set_timeout (toast, 8);
  adw_toast_overlay_add_toast (overlay, toast);
}

static void remove_next (LadingRemoval *self);

static void
removed_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(LadingRemoval) self = user_data;
  g_autoptr(GError) error = NULL;
  const char *name = self->chosen[self->next];

  if (self->kind->remove_finish (LADING_ENGINE (object), result, &error))
    {
      gint64 *size = g_hash_table_lookup (self->sizes, name);

      self->n_removed++;
      if (size != NULL && *size > 0)
        self->freed += *size;
    }
  else
    {
      if (self->failures->len > 0)
        g_string_append_c (self->failures, ' ');
      /* Translators: %s is a volume's or network's name; the engine's words follow. */
      g_string_append_printf (self->failures, _("Could not remove “%s”: %s"),
                              (const char *)g_hash_table_lookup (self->titles, name),
                              error->message);
    }

  self->next++;
  remove_next (g_steal_pointer (&self));
}

/* One at a time: a prune is a handful of items, and the toast reports each
 * in the order the question listed them. */
static void
remove_next (LadingRemoval *self)
{
  const char *name = self->chosen[self->next];

  if (name == NULL)
    {
      toast (self);
      lading_removal_free (self);
      return;
    }

  self->kind->remove_async (lading_store_get_engine (self->store), name, NULL, removed_cb, self);
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             gpointer          user_data)
{
  /* The first answer takes the removal: Enter may answer before the
   * dialog closes, which answers again. */
  g_autoptr(LadingRemoval) self = g_object_steal_data (G_OBJECT (dialog), REMOVAL_KEY);

  if (self == NULL || !g_str_equal (response, self->response))
    return;

  if (self->choices != NULL)
    {
      self->chosen = lading_prune_list_dup_chosen (self->choices);
    }
  else
    {
      g_ptr_array_add (self->names, NULL);
      self->chosen = g_strdupv ((char **)self->names->pdata);
      g_ptr_array_remove_index (self->names, self->names->len - 1);
    }

  remove_next (g_steal_pointer (&self));
}

/**
 * lading_removal_ask:
 * @response: the answer of @dialog that removes
 * @choices: (nullable): which of the items to remove, else all
 *
 * Presents @dialog, which then owns @self.
 */
void
lading_removal_ask (LadingRemoval    *self,
                    AdwMessageDialog *dialog,
                    const char       *response,
                    LadingPruneList  *choices)
{
  self->response = g_strdup (response);
  g_set_object (&self->choices, choices);
  g_object_set_data_full (G_OBJECT (dialog), REMOVAL_KEY, self,
                          (GDestroyNotify)lading_removal_free);
  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}
