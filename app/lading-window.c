/* lading-window.c
 *
 * The main window: four live lists (containers, images, volumes, networks)
 * over one LadingStore, a header that names the engine, and a page that says
 * in plain words why the engine cannot be reached while Lading reconnects.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lading-bench-report.h"
#include "lading-container-details.h"
#include "lading-containers-page.h"
#include "lading-disk-space.h"
#include "lading-engine-problem.h"
#include "lading-image-details.h"
#include "lading-images-page.h"
#include "lading-list-view.h"
#include "lading-login-dialog.h"
#include "lading-networks-page.h"
#include "lading-resources-page.h"
#include "lading-settings.h"
#include "lading-transfer-text.h"
#include "lading-run-dialog.h"
#include "lading-transfers-button.h"
#include "lading-volumes-page.h"
#include "lading-window.h"

struct _LadingWindow
{
  AdwApplicationWindow  parent_instance;

  /* Owned */
  LadingStore          *store;
  LadingStatsMonitor   *stats_monitor;
  GError               *setup_error;
  LadingSettings       *settings;
  GBindingGroup        *search_bindings;
  GtkWindow            *shortcuts_window;
  LadingTransfers      *transfers;

  /* Template widgets */
  AdwHeaderBar         *header_bar;
  GtkMenuButton        *engine_button;
  GtkImage             *engine_icon;
  GtkLabel             *engine_label;
  GtkLabel             *engine_details;
  GtkToggleButton      *search_button;
  GtkStack             *main_stack;
  GtkSpinner           *connecting_spinner;
  AdwStatusPage        *offline_page;
  GtkLabel             *offline_details;
  AdwViewStack         *view_stack;
  LadingContainersPage *containers_page;
  LadingResourcesPage  *resources_page;
  LadingImagesPage     *images_page;
  LadingVolumesPage    *volumes_page;
  LadingNetworksPage   *networks_page;
  AdwToastOverlay      *toast_overlay;
  AdwLeaflet           *leaflet;
  GtkWidget            *main_box;
};

G_DEFINE_FINAL_TYPE (LadingWindow, lading_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SETUP_ERROR,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static LadingListView *
visible_list_view (LadingWindow *self)
{
  GtkWidget *child = adw_view_stack_get_visible_child (self->view_stack);

  if (LADING_IS_CONTAINERS_PAGE (child))
    return lading_containers_page_get_list_view (LADING_CONTAINERS_PAGE (child));
  if (LADING_IS_IMAGES_PAGE (child))
    return lading_images_page_get_list_view (LADING_IMAGES_PAGE (child));
  if (LADING_IS_VOLUMES_PAGE (child))
    return lading_volumes_page_get_list_view (LADING_VOLUMES_PAGE (child));
  if (LADING_IS_NETWORKS_PAGE (child))
    return lading_networks_page_get_list_view (LADING_NETWORKS_PAGE (child));

  return LADING_IS_LIST_VIEW (child) ? LADING_LIST_VIEW (child) : NULL;
}

/* Ctrl+F searches the lists while they are on screen; over a container's
 * details it is left to the page (its log has a search of its own). */
static void
update_search_action (LadingWindow *self)
{
  gboolean on_lists = adw_leaflet_get_visible_child (self->leaflet) == self->main_box;

  gboolean online = gtk_widget_get_sensitive (GTK_WIDGET (self->search_button));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", on_lists && online);
}

static void
show_problem (LadingWindow   *self,
              const GError   *error,
              LadingEndpoint *endpoint)
{
  LadingEngineProblem problem = lading_engine_problem_classify (error, endpoint);
  g_autofree char *title = lading_engine_problem_dup_title (problem);
  g_autofree char *description = lading_engine_problem_dup_description (problem, endpoint);
  const char *origin =
    lading_engine_problem_describe_origin (lading_endpoint_get_origin (endpoint));
  g_autofree char *details = NULL;

  /* Translators: the first %s is an engine address, the second says where
   * it came from ("from DOCKER_HOST"), the third is the technical error. */
  details = g_strdup_printf (_("Tried %s (%s):\n%s"),
                             lading_endpoint_get_uri (endpoint),
                             origin,
                             error->message);

  adw_status_page_set_title (self->offline_page, title);
  adw_status_page_set_description (self->offline_page, description);
  gtk_label_set_text (self->offline_details, details);
  gtk_stack_set_visible_child_name (self->main_stack, "offline");
}

static void
show_setup_error (LadingWindow *self)
{
  adw_status_page_set_title (self->offline_page, _("Engine Address Not Valid"));
  adw_status_page_set_description (self->offline_page,
                                   _("Check DOCKER_HOST, DOCKER_CONTEXT and the docker context files, then start Lading again."));
  gtk_label_set_text (self->offline_details, self->setup_error->message);
  gtk_stack_set_visible_child_name (self->main_stack, "offline");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reconnect", FALSE);
}

/* The header's engine button: which engine, and on request every detail of
 * where it is and why it was chosen. */
static void
update_engine_button (LadingWindow *self,
                      gboolean      online)
{
  LadingEngine *engine = lading_store_get_engine (self->store);
  LadingEndpoint *endpoint = lading_engine_get_endpoint (engine);
  const char *version = lading_engine_get_server_version (engine);
  LadingEndpointOrigin origin = lading_endpoint_get_origin (endpoint);
  g_autofree char *label = NULL;
  g_autofree char *details = NULL;

  if (online && version != NULL)
    /* Translators: engine and version, e.g. "Docker 20.10.24"; the build
     * suffix ("+dfsg1") is left to the details. */
    label = g_strdup_printf (_("%s %.*s"),
                             lading_engine_get_is_podman (engine) ? "Podman" : "Docker",
                             (int)strcspn (version, "+~"), version);
  else
    label = g_strdup (online ? _("Connected") : _("Not Connected"));

  details = g_markup_printf_escaped ("<b>%s</b>\n%s: %s\n%s: %s\n%s: %s\n%s: %s",
                                     label,
                                     _("Address"), lading_endpoint_get_uri (endpoint),
                                     _("Chosen"), lading_engine_problem_describe_origin (origin),
                                     _("API version"), lading_engine_get_api_version (engine) ?: "—",
                                     _("Host"), lading_engine_get_host_name (engine) ?: "—");

  gtk_label_set_text (self->engine_label, label);
  gtk_label_set_markup (self->engine_details, details);
  gtk_image_set_from_icon_name (self->engine_icon,
                                online ? "network-wired-symbolic" : "network-offline-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->engine_button),
                               lading_endpoint_get_uri (endpoint));
}

static void
update_state (LadingWindow *self)
{
  LadingEngine *engine = lading_store_get_engine (self->store);
  gboolean online = FALSE;

  switch (lading_store_get_state (self->store))
    {
    case LADING_STORE_STATE_CONNECTING:
      gtk_stack_set_visible_child_name (self->main_stack, "connecting");
      break;

    case LADING_STORE_STATE_DISCONNECTED:
      show_problem (self,
                    lading_store_get_error (self->store),
                    lading_engine_get_endpoint (engine));
      break;

    case LADING_STORE_STATE_CONNECTED:
    default:
      online = TRUE;
      gtk_stack_set_visible_child_name (self->main_stack, "pages");
      break;
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->search_button), online);
  update_search_action (self);
  update_engine_button (self, online);
}

/* Only the page on screen captures typing for its search, and the header's
 * search button follows that page. */
static void
visible_page_changed_cb (LadingWindow *self)
{
  LadingListView *current = visible_list_view (self);
  LadingListView *views[] = {
    lading_containers_page_get_list_view (self->containers_page),
    lading_images_page_get_list_view (self->images_page),
    lading_volumes_page_get_list_view (self->volumes_page),
    lading_networks_page_get_list_view (self->networks_page)
  };

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    lading_list_view_set_key_capture_widget (views[i],
                                             views[i] == current ? GTK_WIDGET (self) : NULL);

  g_binding_group_set_source (self->search_bindings, current);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LadingWindow *self = (LadingWindow *)widget;
  LadingListView *current = visible_list_view (self);

  if (current != NULL)
    lading_list_view_set_search_mode_enabled (current,
                                              !lading_list_view_get_search_mode_enabled (current));
}

static void
reconnect_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LadingWindow *self = (LadingWindow *)widget;

  if (self->store != NULL)
    lading_store_reconnect (self->store);
}

/* Pages opened over the lists (a container's details) stop following their
 * container once nobody can go forward to them again. */
static void
drop_pages (LadingWindow *self)
{
  GtkWidget *page;

  while ((page = adw_leaflet_get_adjacent_child (self->leaflet,
                                                 ADW_NAVIGATION_DIRECTION_FORWARD)) != NULL)
    adw_leaflet_remove (self->leaflet, page);
}

/* A spinning spinner animates its style on every frame, shown or not: that
 * would keep the whole window laying itself out sixty times a second. */
static void
main_page_changed_cb (LadingWindow *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->main_stack);

  gtk_spinner_set_spinning (self->connecting_spinner, g_strcmp0 (page, "connecting") == 0);
}

static void
leaflet_changed_cb (LadingWindow *self)
{
  gboolean on_lists = adw_leaflet_get_visible_child (self->leaflet) == self->main_box;

  if (on_lists && !adw_leaflet_get_child_transition_running (self->leaflet))
    drop_pages (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.go-back", !on_lists);
  update_search_action (self);
}

/* Built when first asked for, not as GTK builds gtk/help-overlay.ui: for
 * every window, before its first frame. */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  LadingWindow *self = LADING_WINDOW (widget);

  if (self->shortcuts_window == NULL)
    {
      g_autoptr(GtkBuilder) builder = NULL;

      builder = gtk_builder_new_from_resource ("/io/github/lading/Lading/ui/lading-shortcuts-window.ui");
      self->shortcuts_window = g_object_ref (GTK_WINDOW (gtk_builder_get_object (builder,
                                                                                 "help_overlay")));
      gtk_window_set_transient_for (self->shortcuts_window, GTK_WINDOW (self));
      gtk_window_set_hide_on_close (self->shortcuts_window, TRUE);
    }

  gtk_window_present (self->shortcuts_window);
}

static void
go_back_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LadingWindow *self = (LadingWindow *)widget;

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* From a container's details to the image it was made from, selected. */
static void
show_image_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LadingWindow *self = (LadingWindow *)widget;

  adw_leaflet_set_visible_child (self->leaflet, self->main_box);
  adw_view_stack_set_visible_child_name (self->view_stack, "images");
  lading_images_page_select_image (self->images_page, g_variant_get_string (parameter, NULL));
}

static void
logged_in_cb (LadingWindow *self,
              const char   *server,
              const char   *username)
{
  /* Translators: the first %s is a registry, "Docker Hub" or a host name;
   * the second a user name. */
  g_autofree char *text = g_strdup_printf (_("Logged in to %s as %s"),
                                           lading_transfer_text_login_registry (server),
                                           username);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

/* The registry to log in to: "" for Docker Hub, or a host with its port,
 * as a pull that was refused names it. */
static void
log_in_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LadingWindow *self = (LadingWindow *)widget;
  GtkWidget *dialog;

  if (self->store == NULL)
    return;

  dialog = lading_login_dialog_new (GTK_WINDOW (self), lading_store_get_engine (self->store),
                                    g_variant_get_string (parameter, NULL));
  g_signal_connect_object (dialog, "logged-in", G_CALLBACK (logged_in_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The run dialog, with an image filled in, or "" for none. */
static void
run_container_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  LadingWindow *self = (LadingWindow *)widget;
  const char *image = g_variant_get_string (parameter, NULL);

  if (self->store == NULL)
    return;

  gtk_window_present (GTK_WINDOW (lading_run_dialog_new (GTK_WINDOW (self), self->store,
                                                         self->transfers,
                                                         image[0] != '\0' ? image : NULL)));
}

/* Ctrl+N: a new one of what the page on screen lists. */
static void
new_item_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LadingWindow *self = (LadingWindow *)widget;
  GtkWidget *page = adw_view_stack_get_visible_child (self->view_stack);

  if (LADING_IS_VOLUMES_PAGE (page))
    gtk_widget_activate_action (page, "volumes.create", NULL);
  else if (LADING_IS_NETWORKS_PAGE (page))
    gtk_widget_activate_action (page, "networks.create", NULL);
  else
    gtk_widget_activate_action (widget, "win.run-container", "s", "");
}

static void
disk_space_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LadingWindow *self = (LadingWindow *)widget;

  if (self->store != NULL)
    gtk_window_present (GTK_WINDOW (lading_disk_space_new (GTK_WINDOW (self), self->store)));
}

/* An image's row opens the image's page over the lists. */
static void
show_image_details_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  LadingWindow *self = (LadingWindow *)widget;
  const char *id, *name;
  GtkWidget *details;

  if (self->store == NULL)
    return;

  g_variant_get (parameter, "(&s&s)", &id, &name);
  adw_leaflet_set_visible_child (self->leaflet, self->main_box);
  drop_pages (self);
  details = GTK_WIDGET (lading_image_details_new (self->store, id, name));
  adw_leaflet_append (self->leaflet, details);
  adw_leaflet_set_visible_child (self->leaflet, details);
}

/* Enter or a double click on a container's row opens its details. */
static void
container_activated_cb (LadingWindow *self,
                        GObject      *item)
{
  if (LADING_IS_CONTAINER (item))
    lading_window_show_container (self, lading_container_get_id (LADING_CONTAINER (item)));
}

/* Nobody sees a hidden or minimised window's graphs: no stats stream then. */
static void
update_stats_paused (LadingWindow *self)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (self));
  gboolean minimized = surface != NULL &&
                       (gdk_toplevel_get_state (GDK_TOPLEVEL (surface)) &
                        GDK_TOPLEVEL_STATE_MINIMIZED) != 0;

  if (self->stats_monitor != NULL)
    lading_stats_monitor_set_paused (self->stats_monitor,
                                     !gtk_widget_get_mapped (GTK_WIDGET (self)) || minimized);
}

static void
lading_window_map (GtkWidget *widget)
{
  LadingWindow *self = (LadingWindow *)widget;

  GTK_WIDGET_CLASS (lading_window_parent_class)->map (widget);

  g_signal_connect_object (gtk_native_get_surface (GTK_NATIVE (self)), "notify::state",
                           G_CALLBACK (update_stats_paused), self, G_CONNECT_SWAPPED);
  update_stats_paused (self);
}

static void
lading_window_unmap (GtkWidget *widget)
{
  LadingWindow *self = (LadingWindow *)widget;

  g_signal_handlers_disconnect_by_func (gtk_native_get_surface (GTK_NATIVE (self)),
                                        update_stats_paused, self);

  GTK_WIDGET_CLASS (lading_window_parent_class)->unmap (widget);

  update_stats_paused (self);
}

static gboolean
lading_window_close_request (GtkWindow *window)
{
  LadingWindow *self = (LadingWindow *)window;
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  lading_settings_save_window_state (self->settings, width, height,
                                     gtk_window_is_maximized (window));

  return GTK_WINDOW_CLASS (lading_window_parent_class)->close_request (window);
}

static void
lading_window_constructed (GObject *object)
{
  LadingWindow *self = (LadingWindow *)object;

  G_OBJECT_CLASS (lading_window_parent_class)->constructed (object);

  if (self->store == NULL)
    {
      show_setup_error (self);
      return;
    }

  /* Paused until the window is shown. */
  self->stats_monitor = lading_stats_monitor_new (self->store);
  lading_stats_monitor_set_paused (self->stats_monitor, TRUE);

  lading_containers_page_set_store (self->containers_page, self->store);
  lading_images_page_set_store (self->images_page, self->store);
  lading_images_page_set_transfers (self->images_page, self->transfers);
  lading_volumes_page_set_store (self->volumes_page, self->store);
  lading_networks_page_set_store (self->networks_page, self->store);
  lading_containers_page_add_stats_columns (self->containers_page, self->stats_monitor);
  lading_resources_page_set_monitor (self->resources_page, self->stats_monitor);
  lading_bench_report_watch (GTK_WIDGET (lading_containers_page_get_list_view (self->containers_page)));
  g_signal_connect_object (lading_containers_page_get_list_view (self->containers_page),
                           "item-activated", G_CALLBACK (container_activated_cb), self,
                           G_CONNECT_SWAPPED);

  g_signal_connect_object (self->store, "notify::state", G_CALLBACK (update_state), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "notify::error", G_CALLBACK (update_state), self,
                           G_CONNECT_SWAPPED);
  update_state (self);
}

static void
lading_window_dispose (GObject *object)
{
  LadingWindow *self = (LadingWindow *)object;

  if (self->search_bindings != NULL)
    g_binding_group_set_source (self->search_bindings, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), LADING_TYPE_WINDOW);

  if (self->shortcuts_window != NULL)
    gtk_window_destroy (self->shortcuts_window);
  g_clear_object (&self->shortcuts_window);
  g_clear_object (&self->transfers);

  g_clear_object (&self->search_bindings);
  g_clear_object (&self->stats_monitor);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_error (&self->setup_error);

  G_OBJECT_CLASS (lading_window_parent_class)->dispose (object);
}

static void
lading_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  LadingWindow *self = LADING_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_SETUP_ERROR:
      g_value_set_boxed (value, self->setup_error);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  LadingWindow *self = LADING_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_SETUP_ERROR:
      self->setup_error = g_value_dup_boxed (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_window_class_init (LadingWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = lading_window_constructed;
  object_class->dispose = lading_window_dispose;
  object_class->get_property = lading_window_get_property;
  object_class->set_property = lading_window_set_property;

  widget_class->map = lading_window_map;
  widget_class->unmap = lading_window_unmap;

  window_class->close_request = lading_window_close_request;

  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         LADING_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_SETUP_ERROR] =
    g_param_spec_boxed ("setup-error", NULL, NULL,
                        G_TYPE_ERROR,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LADING_TYPE_CONTAINERS_PAGE);
  g_type_ensure (LADING_TYPE_IMAGES_PAGE);
  g_type_ensure (LADING_TYPE_VOLUMES_PAGE);
  g_type_ensure (LADING_TYPE_NETWORKS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lading/Lading/ui/lading-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LadingWindow, engine_button);
  gtk_widget_class_bind_template_child (widget_class, LadingWindow, engine_icon);
  gtk_widget_class_bind_template_child (widget_class, LadingWindow, engine_label);
  gtk_widget_class_bind_template_child (widget_class, LadingWindow, engine_details);
  gtk_widget_class_bind_template_child (widget_class, LadingWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, LadingWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, LadingWindow, connecting_spinner);
  gtk_widget_class_bind_template_child (widget_class, LadingWindow, offline_page);
  gtk_widget_class_bind_template_child (widget_class, LadingWindow, offline_details);
  gtk_widget_class_bind_template_child (widget_class, LadingWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, LadingWindow, containers_page);
  gtk_widget_class_bind_template_child (widget_class, LadingWindow, images_page);
  gtk_widget_class_bind_template_child (widget_class, LadingWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, LadingWindow, volumes_page);
  gtk_widget_class_bind_template_child (widget_class, LadingWindow, networks_page);
  gtk_widget_class_bind_template_child (widget_class, LadingWindow, resources_page);
  gtk_widget_class_bind_template_child (widget_class, LadingWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LadingWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, LadingWindow, main_box);

  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.reconnect", NULL, reconnect_action);
  gtk_widget_class_install_action (widget_class, "win.go-back", NULL, go_back_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL,
                                   show_help_overlay_action);
  gtk_widget_class_install_action (widget_class, "win.show-image", "s", show_image_action);
  gtk_widget_class_install_action (widget_class, "win.show-image-details", "(ss)",
                                   show_image_details_action);
  gtk_widget_class_install_action (widget_class, "win.log-in", "s", log_in_action);
  gtk_widget_class_install_action (widget_class, "win.run-container", "s", run_container_action);
  gtk_widget_class_install_action (widget_class, "win.disk-space", NULL, disk_space_action);
  gtk_widget_class_install_action (widget_class, "win.new-item", NULL, new_item_action);

  /* The leaflet itself goes back on Alt+Left too, but only with the focus
   * inside it; these work wherever the focus is. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.go-back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "win.go-back", NULL);

  g_type_ensure (LADING_TYPE_CONTAINER_DETAILS);
  g_type_ensure (LADING_TYPE_RESOURCES_PAGE);
}

static void
lading_window_init (LadingWindow *self)
{
  int width, height;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_object_ref (lading_settings_get_default ());
  lading_settings_get_window_size (self->settings, &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (lading_settings_get_window_maximized (self->settings))
    gtk_window_maximize (GTK_WINDOW (self));

  /* Left of the search button. */
  self->transfers = lading_transfers_new ();
  adw_header_bar_pack_end (self->header_bar, lading_transfers_button_new (self->transfers));

  self->search_bindings = g_binding_group_new ();
  g_binding_group_bind (self->search_bindings, "search-mode-enabled",
                        self->search_button, "active",
                        G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);

  lading_settings_bind (self->settings, "last-page", self->view_stack, "visible-child-name",
                   G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (self->view_stack, "notify::visible-child",
                           G_CALLBACK (visible_page_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->leaflet, "notify::visible-child",
                           G_CALLBACK (leaflet_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->leaflet, "notify::child-transition-running",
                           G_CALLBACK (leaflet_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->main_stack, "notify::visible-child",
                           G_CALLBACK (main_page_changed_cb), self, G_CONNECT_SWAPPED);
  leaflet_changed_cb (self);
  visible_page_changed_cb (self);
  main_page_changed_cb (self);
}

/**
 * lading_window_new:
 * @store: (nullable): the live store to show, or %NULL when no endpoint could
 *   be resolved
 * @setup_error: (nullable): why there is no store
 */
LadingWindow *
lading_window_new (LadingApplication *application,
                   LadingStore       *store,
                   const GError      *setup_error)
{
  g_return_val_if_fail (LADING_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (store != NULL || setup_error != NULL, NULL);

  return g_object_new (LADING_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       "setup-error", setup_error,
                       NULL);
}

/**
 * lading_window_show_container:
 * @id: the full id of a container
 *
 * Brings the window forward on that container's details page, e.g. from a
 * row of the Containers page or from an alert; Back returns to the lists.
 */
void
lading_window_show_container (LadingWindow *self,
                              const char   *id)
{
  LadingContainer *container;
  GtkWidget *details;

  g_return_if_fail (LADING_IS_WINDOW (self));
  g_return_if_fail (id != NULL);

  gtk_window_present (GTK_WINDOW (self));
  adw_view_stack_set_visible_child_name (self->view_stack, "containers");
  container = self->store != NULL ? lading_store_lookup_container (self->store, id) : NULL;

  /* One details page at a time: Back always leads to the lists. */
  adw_leaflet_set_visible_child (self->leaflet, self->main_box);
  drop_pages (self);

  if (container == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("That container no longer exists")));
      return;
    }

  /* The page's actions show on the Containers page's rows too. */
  details = GTK_WIDGET (lading_container_details_new (self->store, self->stats_monitor,
                                                      container));
  lading_container_details_set_actions (LADING_CONTAINER_DETAILS (details),
                                        lading_containers_page_get_actions (self->containers_page));
  adw_leaflet_append (self->leaflet, details);
  adw_leaflet_set_visible_child (self->leaflet, details);
}

LadingStore *
lading_window_get_store (LadingWindow *self)
{
  g_return_val_if_fail (LADING_IS_WINDOW (self), NULL);

  return self->store;
}

/**
 * lading_window_get_stats_monitor:
 *
 * Returns: (transfer none) (nullable): what streams the stats the window
 *   shows, paused while the window is hidden; %NULL without a store
 */
LadingStatsMonitor *
lading_window_get_stats_monitor (LadingWindow *self)
{
  g_return_val_if_fail (LADING_IS_WINDOW (self), NULL);

  return self->stats_monitor;
}
