/* lading-image-search.c
 *
 * A window to find images, as `docker search` does: the engine asks Docker
 * Hub (or the registry the term starts with) and each repository found is
 * pulled in one click, into the window's transfers like any other pull.
 * The search runs as the user types.  Most registries but Docker Hub
 * answer no searches; for those the window offers the registry browser,
 * which reads their catalog instead.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-image-search"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lading-docker-config.h"
#include "lading-engine-error.h"
#include "lading-image-search.h"
#include "lading-login-dialog.h"
#include "lading-registry-browser.h"
#include "lading-transfer-text.h"

/* As many as `docker search` shows. */
#define RESULT_LIMIT 25

#define NAME_KEY "lading-search-name"

/* What the status page's button offers after a failed search. */
typedef enum
{
  OFFER_NOTHING,
  OFFER_BROWSE,
  OFFER_LOG_IN,
} Offer;

struct _LadingImageSearch
{
  AdwWindow        parent_instance;

  LadingStore     *store;
  LadingTransfers *transfers;
  GCancellable    *cancellable;
  char            *term;      /* of the search shown or running */
  char            *registry;  /* the host the term named; NULL for Docker Hub */
  Offer            offer;

  /* Template widgets */
  GtkSearchEntry  *search_entry;
  GtkSpinner      *spinner;
  GtkStack        *stack;
  AdwStatusPage   *status_page;
  GtkButton       *action_button;
  GtkListBox      *results_list;
  GtkLabel        *more_label;
};

G_DEFINE_FINAL_TYPE (LadingImageSearch, lading_image_search, ADW_TYPE_WINDOW)

/* The engine's own rule (registry.splitReposSearchTerm): a first component
 * with a dot or a port, or "localhost", names the registry to ask. */
static char *
dup_term_registry (const char *term)
{
  const char *slash = strchr (term, '/');
  g_autofree char *first = NULL;

  if (slash == NULL)
    return NULL;

  first = g_strndup (term, slash - term);
  if (strchr (first, '.') == NULL && strchr (first, ':') == NULL &&
      !g_str_equal (first, "localhost"))
    return NULL;

  return g_steal_pointer (&first);
}

static const char *
registry_name (LadingImageSearch *self)
{
  return self->registry != NULL ? self->registry : "Docker Hub";
}

static void
show_status (LadingImageSearch *self,
             const char        *icon_name,
             const char        *title,
             const char        *description,
             Offer              offer)
{
  g_autofree char *markup = description != NULL ? g_markup_escape_text (description, -1) : NULL;

  adw_status_page_set_icon_name (self->status_page, icon_name);
  adw_status_page_set_title (self->status_page, title);
  adw_status_page_set_description (self->status_page, markup);
  self->offer = offer;
  gtk_widget_set_visible (GTK_WIDGET (self->action_button), offer != OFFER_NOTHING);
  if (offer == OFFER_BROWSE)
    gtk_button_set_label (self->action_button, _("_Browse the Registry"));
  else if (offer == OFFER_LOG_IN)
    gtk_button_set_label (self->action_button, _("_Log In…"));
  gtk_stack_set_visible_child_name (self->stack, "status");
}

static void
show_start (LadingImageSearch *self)
{
  show_status (self, "system-search-symbolic", _("Search for Images"),
               _("Find images on Docker Hub by name. To search another registry, type its "
                 "address first, as in registry.example.com/name."), OFFER_NOTHING);
}

static void
show_failure (LadingImageSearch *self,
              const GError      *error)
{
  g_autofree char *sentence = lading_transfer_text_dup_search_error (registry_name (self), error);
  g_autofree char *text = NULL;
  Offer offer = OFFER_NOTHING;

  if (sentence == NULL)
    return;

  if (self->registry != NULL &&
      g_error_matches (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_NOT_FOUND))
    offer = OFFER_BROWSE;
  else if (g_error_matches (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_UNAUTHORIZED) ||
           g_error_matches (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_DENIED))
    offer = OFFER_LOG_IN;

  /* A registry without search is no failure to explain: it is told where
   * to go instead.  Otherwise the engine's words follow the sentence. */
  if (offer == OFFER_BROWSE)
    {
      show_status (self, "system-search-symbolic", _("No Search on This Registry"), sentence,
                   offer);
      return;
    }

  /* The sentence of last resort holds the engine's words already. */
  text = strstr (sentence, error->message) != NULL
         ? g_strdup (sentence) : g_strdup_printf ("%s\n%s", sentence, error->message);
  show_status (self, "dialog-warning-symbolic", _("The Search Failed"), text, offer);
}

static void
pull_clicked_cb (GtkButton         *button,
                 LadingImageSearch *self)
{
  const char *name = g_object_get_data (G_OBJECT (button), NAME_KEY);
  g_autoptr(LadingImageReference) reference = lading_image_reference_parse (name, NULL);
  g_autofree char *pulling = NULL;

  if (reference == NULL || self->store == NULL)
    return;

  lading_transfers_pull (self->transfers, lading_store_get_engine (self->store), reference, NULL);

  /* Once is enough: its progress is in the main window's transfers. */
  /* Translators: %s is an image's name, as in "busybox". */
  pulling = g_strdup_printf (_("Pulling %s"), name);
  gtk_button_set_icon_name (button, "object-select-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (button), pulling);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, pulling,
                                  -1);
  gtk_widget_set_sensitive (GTK_WIDGET (button), FALSE);
}

static GtkWidget *
stars_new (gint64 star_count)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  g_autofree char *count = g_strdup_printf ("%'" G_GINT64_FORMAT, star_count);
  g_autofree char *tooltip = NULL;
  GtkWidget *label = gtk_label_new (count);

  /* Translators: %s is a number, as in "3,412 stars". */
  tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s star", "%s stars",
                                          (gulong)MIN (star_count, G_MAXULONG)), count);
  gtk_widget_set_tooltip_text (box, tooltip);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (box, "dim-label");
  gtk_widget_add_css_class (label, "numeric");
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("starred-symbolic"));
  gtk_box_append (GTK_BOX (box), label);

  return box;
}

/* Docker Hub's names pull as they are; another registry's may leave its
 * host out ("team/app"), which would pull from Docker Hub. */
static char *
dup_pull_name (LadingImageSearch *self,
               const char        *name)
{
  g_autofree char *prefix = NULL;

  if (self->registry == NULL)
    return g_strdup (name);

  prefix = g_strconcat (self->registry, "/", NULL);
  return g_str_has_prefix (name, prefix) ? g_strdup (name) : g_strconcat (prefix, name, NULL);
}

static GtkWidget *
result_row_new (LadingImageSearch  *self,
                LadingSearchResult *result)
{
  g_autofree char *name = dup_pull_name (self, lading_search_result_get_name (result));
  const char *description = lading_search_result_get_description (result);
  /* Translators: %s is an image's name, as in "busybox". */
  g_autofree char *pull_label = g_strdup_printf (_("Pull %s"), name);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_from_icon_name ("folder-download-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  if (description[0] != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), description);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);

  if (lading_search_result_get_official (result))
    {
      GtkWidget *badge = gtk_label_new (_("Official"));

      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (badge, _("One of Docker’s official images"));
      gtk_widget_add_css_class (badge, "official-badge");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             stars_new (lading_search_result_get_star_count (result)));

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, pull_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  pull_label, -1);
  g_object_set_data_full (G_OBJECT (button), NAME_KEY, g_steal_pointer (&name), g_free);
  g_signal_connect_object (button, "clicked", G_CALLBACK (pull_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);

  return row;
}

/**
 * lading_image_search_show_results:
 * @results: (element-type LadingSearchResult): what the registry found
 *   for the term typed, best match first
 *
 * Lists @results in place of what was shown, each with its pull button.
 */
void
lading_image_search_show_results (LadingImageSearch *self,
                                  GPtrArray         *results)
{
  GtkWidget *child;

  g_return_if_fail (LADING_IS_IMAGE_SEARCH (self));
  g_return_if_fail (results != NULL);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->results_list))) != NULL)
    gtk_list_box_remove (self->results_list, child);

  if (results->len == 0)
    {
      g_autofree char *text = NULL;

      /* Translators: the first %s is a registry, the second what was typed. */
      text = g_strdup_printf (_("Nothing on %s matches “%s”."), registry_name (self),
                              self->term != NULL ? self->term : "");
      show_status (self, "system-search-symbolic", _("No Images Found"), text, OFFER_NOTHING);
      return;
    }

  for (guint i = 0; i < results->len; i++)
    gtk_list_box_append (self->results_list, result_row_new (self, results->pdata[i]));

  /* The registry ranks them: a full page means there are more. */
  gtk_widget_set_visible (GTK_WIDGET (self->more_label), results->len >= RESULT_LIMIT);
  if (results->len >= RESULT_LIMIT)
    {
      g_autofree char *more = NULL;

      /* Translators: %u is a number of matches, 25. */
      more = g_strdup_printf (_("Only the best %u matches are shown. Type more of the name "
                                "to narrow them down."), RESULT_LIMIT);
      gtk_label_set_text (self->more_label, more);
    }
  gtk_stack_set_visible_child_name (self->stack, "results");
}

static void
search_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(LadingImageSearch) self = user_data;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;

  results = lading_engine_search_images_finish (LADING_ENGINE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  gtk_spinner_stop (self->spinner);
  if (results == NULL)
    show_failure (self, error);
  else
    lading_image_search_show_results (self, results);
}

static void
auth_header_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(LadingImageSearch) self = user_data;
  g_autoptr(GError) error = NULL;
  char *header;

  header = lading_docker_config_dup_auth_header_finish (LADING_DOCKER_CONFIG (object), result,
                                                        &error);
  if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_debug ("Searching without credentials: %s", error->message);

  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) && self->store != NULL)
    lading_engine_search_images_async (lading_store_get_engine (self->store), self->term,
                                       RESULT_LIMIT, header, self->cancellable, search_cb,
                                       g_object_ref (self));

  /* It holds a password: the request has its own copy. */
  if (header != NULL)
    explicit_bzero (header, strlen (header));
  g_free (header);
}

/* The engine does not look credentials up: they go with the search, as
 * `docker search` sends them, for the registry the term names. */
static void
search_with_credentials (LadingImageSearch *self)
{
  g_autoptr(LadingDockerConfig) config = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *server = NULL;

  if (!(config = lading_docker_config_load_default (&error)))
    {
      g_debug ("Searching without credentials: %s", error->message);
      lading_engine_search_images_async (lading_store_get_engine (self->store), self->term,
                                         RESULT_LIMIT, NULL, self->cancellable, search_cb,
                                         g_object_ref (self));
      return;
    }

  server = self->registry != NULL ? lading_registry_auth_server (self->registry)
                                  : g_strdup (LADING_DOCKER_HUB_AUTH_SERVER);
  lading_docker_config_dup_auth_header_async (config, server != NULL ? server : self->registry,
                                              self->cancellable, auth_header_cb,
                                              g_object_ref (self));
}

/* A new term stops the search of the last. */
static void
search_changed_cb (LadingImageSearch *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *term = g_strstrip (g_strdup (text));

  /* Enter while the same term is being searched, or an entry emptied when
   * nothing was searched yet: what is shown stays. */
  if ((g_strcmp0 (term, self->term) == 0 && gtk_spinner_get_spinning (self->spinner)) ||
      (term[0] == '\0' && self->term == NULL))
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  gtk_spinner_stop (self->spinner);

  /* An empty term is never sent: the engine would ask Docker Hub for all. */
  if (term[0] == '\0' || self->store == NULL)
    {
      g_clear_pointer (&self->term, g_free);
      show_start (self);
      return;
    }

  g_free (self->term);
  self->term = g_steal_pointer (&term);
  g_free (self->registry);
  self->registry = dup_term_registry (self->term);
  gtk_spinner_start (self->spinner);
  search_with_credentials (self);
}

/* Escape empties the entry, then closes the window. */
static void
stop_search_cb (LadingImageSearch *self)
{
  if (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] != '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  else
    gtk_window_close (GTK_WINDOW (self));
}

/* The registry's catalog takes this window's place. */
static void
browse_registry (LadingImageSearch *self)
{
  GtkWidget *browser;

  browser = lading_registry_browser_new (gtk_window_get_transient_for (GTK_WINDOW (self)),
                                         self->store, self->transfers);
  lading_registry_browser_browse (LADING_REGISTRY_BROWSER (browser), self->registry);
  gtk_window_present (GTK_WINDOW (browser));
  gtk_window_close (GTK_WINDOW (self));
}

static void
action_clicked_cb (LadingImageSearch *self)
{
  GtkWidget *dialog;

  if (self->store == NULL)
    return;

  switch (self->offer)
    {
    case OFFER_BROWSE:
      browse_registry (self);
      break;

    case OFFER_LOG_IN:
      dialog = lading_login_dialog_new (GTK_WINDOW (self), lading_store_get_engine (self->store),
                                        self->registry != NULL ? self->registry : "");
      /* With the login kept, the same term is searched again. */
      g_clear_pointer (&self->term, g_free);
      g_signal_connect_object (dialog, "logged-in", G_CALLBACK (search_changed_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_window_present (GTK_WINDOW (dialog));
      break;

    case OFFER_NOTHING:
    default:
      break;
    }
}

GtkWidget *
lading_image_search_new (GtkWindow       *parent,
                         LadingStore     *store,
                         LadingTransfers *transfers)
{
  LadingImageSearch *self;

  g_return_val_if_fail (LADING_IS_STORE (store), NULL);
  g_return_val_if_fail (LADING_IS_TRANSFERS (transfers), NULL);

  self = g_object_new (LADING_TYPE_IMAGE_SEARCH, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->transfers = g_object_ref (transfers);

  return GTK_WIDGET (self);
}

static void
lading_image_search_map (GtkWidget *widget)
{
  LadingImageSearch *self = LADING_IMAGE_SEARCH (widget);

  GTK_WIDGET_CLASS (lading_image_search_parent_class)->map (widget);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
lading_image_search_dispose (GObject *object)
{
  LadingImageSearch *self = (LadingImageSearch *)object;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), LADING_TYPE_IMAGE_SEARCH);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->transfers);
  g_clear_pointer (&self->term, g_free);
  g_clear_pointer (&self->registry, g_free);

  G_OBJECT_CLASS (lading_image_search_parent_class)->dispose (object);
}

static void
lading_image_search_class_init (LadingImageSearchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lading_image_search_dispose;
  widget_class->map = lading_image_search_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lading/Lading/ui/lading-image-search.ui");
  gtk_widget_class_bind_template_child (widget_class, LadingImageSearch, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LadingImageSearch, spinner);
  gtk_widget_class_bind_template_child (widget_class, LadingImageSearch, stack);
  gtk_widget_class_bind_template_child (widget_class, LadingImageSearch, status_page);
  gtk_widget_class_bind_template_child (widget_class, LadingImageSearch, action_button);
  gtk_widget_class_bind_template_child (widget_class, LadingImageSearch, results_list);
  gtk_widget_class_bind_template_child (widget_class, LadingImageSearch, more_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, action_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
lading_image_search_init (LadingImageSearch *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  show_start (self);
}
