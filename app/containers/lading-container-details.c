/* lading-container-details.c
 *
 * The page a container opens on: its name, state and status with the actions
 * that fit that state, then four tabs — Overview, Logs, Inspect (the
 * engine's raw description) and Processes; the log can also open in a window
 * of its own.  It follows the container live: the store updates the same
 * LadingContainer in place from the engine's events, so the header is bound
 * to its properties.  The tabs show what only inspect tells, which is
 * fetched again only when it can have changed: when the container's name,
 * state, health or start and exit times change, or when an event changes
 * what the container object does not carry (its settings updated, a network
 * connected); an exec, an attach or a resize fetches nothing.  When the
 * container goes from the store, the page says that it was removed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-container-details"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lading-container-actions.h"
#include "lading-container-details.h"
#include "lading-container-info.h"
#include "lading-container-overview.h"
#include "lading-container-resources.h"
#include "lading-engine-error.h"
#include "lading-event.h"
#include "lading-inspect-view.h"
#include "lading-log-view.h"
#include "lading-log-window.h"
#include "lading-process-view.h"
#include "lading-state-badge.h"
#include "lading-shell-popover.h"
#include "lading-status-text.h"
#include "lading-terminal-window.h"
#include "lading-ticker.h"
#include "lading-settings.h"

struct _LadingContainerDetails
{
  GtkWidget                parent_instance;

  /* Owned */
  LadingStore             *store;
  LadingContainer         *container;
  LadingContainerActions  *actions;
  LadingStatsMonitor      *stats_monitor;
  GSignalGroup            *actions_signals;
  GSignalGroup            *container_signals;
  GBindingGroup           *container_bindings;
  GCancellable            *inspect_cancellable;
  guint                    fetch_source;

  guint                    removed : 1;
  guint                    ticking : 1;

  /* Template widgets */
  GtkWidget               *content;
  AdwViewSwitcherTitle    *switcher_title;
  GtkStack                *main_stack;
  GtkLabel                *name_label;
  LadingStateBadge        *badge;
  GtkSpinner              *spinner;
  GtkLabel                *status_label;
  GtkWidget               *pause_button;
  GtkWidget               *unpause_button;
  AdwViewStack            *view_stack;
  LadingContainerOverview *overview;
  LadingContainerResources *resources_view;
  LadingLogView           *log_view;
  LadingInspectView       *inspect_view;
  LadingProcessView       *process_view;
  AdwStatusPage           *removed_page;
};

#define UI_RESOURCE "/io/github/lading/Lading/ui/lading-container-details.ui"

G_DEFINE_FINAL_TYPE (LadingContainerDetails, lading_container_details, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CONTAINER,
  PROP_STATS_MONITOR,
  PROP_ACTIONS,
  PROP_REMOVED,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The page's actions are "details.<verb>"; LadingContainerActions runs them,
 * asking first where something would be lost. */
static const char * const verbs[] = {
  "start", "stop", "restart", "pause", "unpause", "kill", "rename", "remove",
};

/* The same keys as on the Containers page. */
static const struct {
  guint            keyval;
  GdkModifierType  modifiers;
  const char      *action_name;
} shortcuts[] = {
  { GDK_KEY_Return, GDK_CONTROL_MASK, "details.start" },
  { GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "details.start" },
  { GDK_KEY_e, GDK_CONTROL_MASK, "details.stop" },
  { GDK_KEY_r, GDK_CONTROL_MASK, "details.restart" },
  { GDK_KEY_p, GDK_CONTROL_MASK, "details.pause" },
  { GDK_KEY_p, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "details.unpause" },
  { GDK_KEY_k, GDK_CONTROL_MASK, "details.kill" },
  { GDK_KEY_Delete, 0, "details.remove" },
  { GDK_KEY_KP_Delete, 0, "details.remove" },
  { GDK_KEY_F2, 0, "details.rename" },
  { GDK_KEY_t, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "details.open-shell" },
};

static const char * const state_signals[] = {
  "notify::state", "notify::health", "notify::started-at", "notify::finished-at",
};

/* Shells and attach open in the container's terminal window. */
static const char * const terminal_actions[] = {
  "details.open-shell", "details.open-custom-shell", "details.attach",
};

static void
show_toast (LadingContainerDetails *self,
            const char             *title)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (title));
}

static void
verb_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LadingContainerDetails *self = (LadingContainerDetails *)widget;
  g_autoptr(GPtrArray) containers = g_ptr_array_new ();

  /* Shown on its own, not from the window, the page runs its own. */
  if (self->actions == NULL)
    {
      g_autoptr(LadingContainerActions) own = lading_container_actions_new (self->store);

      lading_container_details_set_actions (self, own);
    }

  g_ptr_array_add (containers, self->container);
  lading_container_actions_activate (self->actions, widget, strchr (action_name, '.') + 1,
                                     containers);
}

static void
terminal_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LadingContainerDetails *self = (LadingContainerDetails *)widget;
  LadingEngine *engine = lading_store_get_engine (self->store);

  if (g_str_equal (action_name, "details.attach"))
    lading_terminal_window_open_attach (widget, engine, self->container);
  else
    lading_terminal_window_open_shell (widget, engine, self->container,
                                       g_str_equal (action_name, "details.open-custom-shell"));
}

static void
open_logs_window_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  LadingContainerDetails *self = (LadingContainerDetails *)widget;
  GtkRoot *root = gtk_widget_get_root (widget);
  LadingLogWindow *window;

  if (!GTK_IS_WINDOW (root) || gtk_window_get_application (GTK_WINDOW (root)) == NULL)
    return;

  window = lading_log_window_new (gtk_window_get_application (GTK_WINDOW (root)), self->store,
                                  self->container);
  gtk_window_present (GTK_WINDOW (window));
}

static const char *
get_pending (LadingContainerDetails *self)
{
  if (self->actions == NULL)
    return NULL;

  return lading_container_actions_get_pending (self->actions,
                                               lading_container_get_id (self->container));
}

static void
update_actions (LadingContainerDetails *self)
{
  LadingContainerState state = lading_container_get_state (self->container);
  gboolean idle = !self->removed && get_pending (self) == NULL;

  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    {
      g_autofree char *name = g_strconcat ("details.", verbs[i], NULL);

      gtk_widget_action_set_enabled (GTK_WIDGET (self), name,
                                     idle && lading_container_actions_applies (verbs[i],
                                                                               self->container));
    }
  for (guint i = 0; i < G_N_ELEMENTS (terminal_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), terminal_actions[i],
                                   idle && lading_terminal_window_can_open (self->container));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "details.open-logs-window", !self->removed);

  /* Pause and Resume share a place: a container is only ever one of the two. */
  gtk_widget_set_visible (self->pause_button, state != LADING_CONTAINER_STATE_PAUSED);
  gtk_widget_set_visible (self->unpause_button, state == LADING_CONTAINER_STATE_PAUSED);
}

static void
update_status (LadingContainerDetails *self)
{
  const char *pending = get_pending (self);
  g_autofree char *status = NULL;

  gtk_spinner_set_spinning (self->spinner, pending != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), pending != NULL);
  if (pending != NULL)
    status = g_strdup (pending);
  else
    status = lading_status_text_format (lading_container_get_state (self->container),
                                      lading_container_get_exit_code (self->container),
                                      lading_container_get_health (self->container),
                                      lading_container_get_started_at (self->container),
                                      lading_container_get_finished_at (self->container),
                                      lading_ticker_get_now (lading_ticker_get_default ()));
  gtk_label_set_text (self->status_label, status);
  adw_view_switcher_title_set_subtitle (self->switcher_title, status);
}

static void
update_state (LadingContainerDetails *self)
{
  LadingContainerState state = lading_container_get_state (self->container);

  lading_state_badge_set_state (self->badge, state);
  lading_state_badge_set_health (self->badge, lading_container_get_health (self->container));
  lading_process_view_set_running (self->process_view, state == LADING_CONTAINER_STATE_RUNNING);
  update_status (self);
  update_actions (self);
}

static void
update_name (LadingContainerDetails *self)
{
  const char *name = lading_container_get_name (self->container);
  g_autofree char *file_name = g_strdup_printf ("%s-inspect.json", name);
  g_autofree char *gone = NULL;

  lading_inspect_view_set_file_name (self->inspect_view, file_name);

  /* Translators: %s is a container's name */
  gone = g_strdup_printf (_("“%s” no longer exists on the engine, "
                            "with everything that was in it"), name);
  adw_status_page_set_description (self->removed_page, gone);
}

static void
inspect_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(LadingContainerDetails) self = user_data;
  g_autoptr(LadingContainerInfo) info = NULL;
  g_autoptr(JsonNode) json = NULL;
  g_autoptr(GError) error = NULL;

  json = lading_engine_inspect_container_json_finish (LADING_ENGINE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (json != NULL)
    info = lading_container_info_new_from_json (json, &error);

  /* A container removed meanwhile is the store's to tell; anything else is
   * shown where the details would have been. */
  if (info == NULL)
    {
      if (!g_error_matches (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_NOT_FOUND))
        show_toast (self, error->message);
      return;
    }

  lading_container_overview_set_info (self->overview, info,
                                      lading_container_get_state (self->container) ==
                                      LADING_CONTAINER_STATE_RUNNING);
  lading_inspect_view_set_json (self->inspect_view, json);
}

static void
fetch_inspect (gpointer user_data)
{
  LadingContainerDetails *self = user_data;

  self->fetch_source = 0;

  g_cancellable_cancel (self->inspect_cancellable);
  g_clear_object (&self->inspect_cancellable);
  self->inspect_cancellable = g_cancellable_new ();

  lading_engine_inspect_container_json_async (lading_store_get_engine (self->store),
                                              lading_container_get_id (self->container),
                                              self->inspect_cancellable,
                                              inspect_cb, g_object_ref (self));
}

/* One event notifies several properties at once: fetch once for all. */
static void
schedule_fetch (LadingContainerDetails *self)
{
  if (self->fetch_source == 0 && !self->removed)
    self->fetch_source = g_idle_add_once (fetch_inspect, self);
}

static void
name_changed_cb (LadingContainerDetails *self)
{
  update_name (self);
  schedule_fetch (self);
}

/* A new state, health or start or exit time comes with new inspect facts:
 * addresses, ports, the exit's error, the health log. */
static void
state_changed_cb (LadingContainerDetails *self)
{
  update_state (self);
  schedule_fetch (self);
}

static void
exit_code_changed_cb (LadingContainerDetails *self)
{
  update_status (self);
}

/* The events that change what inspect tells and the container object does
 * not carry, so that no notification announces them. */
static void
store_event_cb (LadingContainerDetails *self,
                const LadingEvent      *event)
{
  const char *id = lading_container_get_id (self->container);

  if ((event->kind == LADING_EVENT_KIND_CONTAINER && g_strcmp0 (event->action, "update") == 0 &&
       g_strcmp0 (event->actor_id, id) == 0) ||
      (event->kind == LADING_EVENT_KIND_NETWORK &&
       g_strcmp0 (lading_event_get_attribute (event, "container"), id) == 0))
    schedule_fetch (self);
}

static void
pending_changed_cb (LadingContainerDetails *self,
                    const char             *id)
{
  if (g_strcmp0 (id, lading_container_get_id (self->container)) != 0)
    return;

  update_status (self);
  update_actions (self);
}

static void
containers_changed_cb (LadingContainerDetails *self)
{
  const char *id = lading_container_get_id (self->container);

  if (self->removed || lading_store_lookup_container (self->store, id) == self->container)
    return;

  self->removed = TRUE;
  g_clear_handle_id (&self->fetch_source, g_source_remove);
  g_cancellable_cancel (self->inspect_cancellable);
  lading_process_view_set_running (self->process_view, FALSE);
  gtk_stack_set_visible_child_name (self->main_stack, "removed");
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_REMOVED]);
}

/* "Up 3 minutes" moves on only while someone can see it. */
static void
set_ticking (LadingContainerDetails *self,
             gboolean                ticking)
{
  LadingTicker *ticker = lading_ticker_get_default ();

  if (self->ticking == !!ticking)
    return;

  self->ticking = !!ticking;
  if (ticking)
    {
      lading_ticker_hold (ticker);
      g_signal_connect_object (ticker, "notify::now", G_CALLBACK (update_status), self,
                               G_CONNECT_SWAPPED);
      update_status (self);
    }
  else
    {
      g_signal_handlers_disconnect_by_func (ticker, update_status, self);
      lading_ticker_release (ticker);
    }
}

static void
lading_container_details_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (lading_container_details_parent_class)->map (widget);

  set_ticking (LADING_CONTAINER_DETAILS (widget), TRUE);
}

static void
lading_container_details_unmap (GtkWidget *widget)
{
  set_ticking (LADING_CONTAINER_DETAILS (widget), FALSE);

  GTK_WIDGET_CLASS (lading_container_details_parent_class)->unmap (widget);
}

static void
lading_container_details_constructed (GObject *object)
{
  LadingContainerDetails *self = (LadingContainerDetails *)object;

  G_OBJECT_CLASS (lading_container_details_parent_class)->constructed (object);

  g_assert (LADING_IS_STORE (self->store));
  g_assert (LADING_IS_CONTAINER (self->container));

  lading_process_view_set_engine (self->process_view, lading_store_get_engine (self->store));
  lading_process_view_set_container_id (self->process_view,
                                        lading_container_get_id (self->container));
  lading_log_view_set_container (self->log_view, lading_store_get_engine (self->store),
                                 self->container);
  /* Shown on its own, not from the window, the page follows the stats itself. */
  if (self->stats_monitor == NULL)
    self->stats_monitor = lading_stats_monitor_new (self->store);
  lading_container_resources_set_container (self->resources_view, self->stats_monitor,
                                            self->container);

  g_signal_group_set_target (self->container_signals, self->container);
  g_binding_group_set_source (self->container_bindings, self->container);
  g_signal_connect_object (lading_store_get_containers (self->store), "items-changed",
                           G_CALLBACK (containers_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "event", G_CALLBACK (store_event_cb), self,
                           G_CONNECT_SWAPPED);

  update_name (self);
  update_state (self);
  containers_changed_cb (self);
  schedule_fetch (self);
}

static void
lading_container_details_dispose (GObject *object)
{
  LadingContainerDetails *self = (LadingContainerDetails *)object;

  set_ticking (self, FALSE);
  g_clear_handle_id (&self->fetch_source, g_source_remove);
  g_cancellable_cancel (self->inspect_cancellable);
  g_signal_group_set_target (self->actions_signals, NULL);
  g_signal_group_set_target (self->container_signals, NULL);
  g_binding_group_set_source (self->container_bindings, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), LADING_TYPE_CONTAINER_DETAILS);

  G_OBJECT_CLASS (lading_container_details_parent_class)->dispose (object);
}

static void
lading_container_details_finalize (GObject *object)
{
  LadingContainerDetails *self = (LadingContainerDetails *)object;

  g_clear_object (&self->inspect_cancellable);
  g_clear_object (&self->actions_signals);
  g_clear_object (&self->container_signals);
  g_clear_object (&self->container_bindings);
  g_clear_object (&self->actions);
  g_clear_object (&self->container);
  g_clear_object (&self->stats_monitor);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (lading_container_details_parent_class)->finalize (object);
}

static void
lading_container_details_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  LadingContainerDetails *self = LADING_CONTAINER_DETAILS (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_CONTAINER:
      g_value_set_object (value, self->container);
      break;

    case PROP_STATS_MONITOR:
      g_value_set_object (value, self->stats_monitor);
      break;

    case PROP_ACTIONS:
      g_value_set_object (value, self->actions);
      break;

    case PROP_REMOVED:
      g_value_set_boolean (value, self->removed);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_container_details_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  LadingContainerDetails *self = LADING_CONTAINER_DETAILS (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_CONTAINER:
      self->container = g_value_dup_object (value);
      break;

    case PROP_STATS_MONITOR:
      self->stats_monitor = g_value_dup_object (value);
      break;

    case PROP_ACTIONS:
      lading_container_details_set_actions (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_container_details_class_init (LadingContainerDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = lading_container_details_constructed;
  object_class->dispose = lading_container_details_dispose;
  object_class->finalize = lading_container_details_finalize;
  object_class->get_property = lading_container_details_get_property;
  object_class->set_property = lading_container_details_set_property;

  widget_class->map = lading_container_details_map;
  widget_class->unmap = lading_container_details_unmap;

  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         LADING_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_CONTAINER] =
    g_param_spec_object ("container", NULL, NULL,
                         LADING_TYPE_CONTAINER,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_STATS_MONITOR] =
    g_param_spec_object ("stats-monitor", NULL, NULL,
                         LADING_TYPE_STATS_MONITOR,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_ACTIONS] =
    g_param_spec_object ("actions", NULL, NULL,
                         LADING_TYPE_CONTAINER_ACTIONS,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_REMOVED] =
    g_param_spec_boolean ("removed", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "lading-container-details");
  gtk_widget_class_set_template_from_resource (widget_class, UI_RESOURCE);
  gtk_widget_class_bind_template_child (widget_class, LadingContainerDetails, content);
  gtk_widget_class_bind_template_child (widget_class, LadingContainerDetails, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, LadingContainerDetails, main_stack);
  gtk_widget_class_bind_template_child (widget_class, LadingContainerDetails, name_label);
  gtk_widget_class_bind_template_child (widget_class, LadingContainerDetails, badge);
  gtk_widget_class_bind_template_child (widget_class, LadingContainerDetails, spinner);
  gtk_widget_class_bind_template_child (widget_class, LadingContainerDetails, status_label);
  gtk_widget_class_bind_template_child (widget_class, LadingContainerDetails, pause_button);
  gtk_widget_class_bind_template_child (widget_class, LadingContainerDetails, unpause_button);
  gtk_widget_class_bind_template_child (widget_class, LadingContainerDetails, view_stack);
  gtk_widget_class_bind_template_child (widget_class, LadingContainerDetails, overview);
  gtk_widget_class_bind_template_child (widget_class, LadingContainerDetails, resources_view);
  gtk_widget_class_bind_template_child (widget_class, LadingContainerDetails, log_view);
  gtk_widget_class_bind_template_child (widget_class, LadingContainerDetails, inspect_view);
  gtk_widget_class_bind_template_child (widget_class, LadingContainerDetails, process_view);
  gtk_widget_class_bind_template_child (widget_class, LadingContainerDetails, removed_page);

  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    {
      g_autofree char *name = g_strconcat ("details.", verbs[i], NULL);

      gtk_widget_class_install_action (widget_class, name, NULL, verb_action);
    }

  for (guint i = 0; i < G_N_ELEMENTS (terminal_actions); i++)
    gtk_widget_class_install_action (widget_class, terminal_actions[i], NULL, terminal_action);
  gtk_widget_class_install_action (widget_class, "details.open-logs-window", NULL,
                                   open_logs_window_action);

  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    gtk_widget_class_add_binding_action (widget_class, shortcuts[i].keyval, shortcuts[i].modifiers,
                                         shortcuts[i].action_name, NULL);

  g_type_ensure (LADING_TYPE_CONTAINER_OVERVIEW);
  g_type_ensure (LADING_TYPE_CONTAINER_RESOURCES);
  g_type_ensure (LADING_TYPE_INSPECT_VIEW);
  g_type_ensure (LADING_TYPE_LOG_VIEW);
  g_type_ensure (LADING_TYPE_PROCESS_VIEW);
  g_type_ensure (LADING_TYPE_SHELL_POPOVER);
  g_type_ensure (LADING_TYPE_STATE_BADGE);
}

static void
lading_container_details_init (LadingContainerDetails *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  lading_settings_bind_log_view (lading_settings_get_default (), self->log_view);

  self->actions_signals = g_signal_group_new (LADING_TYPE_CONTAINER_ACTIONS);
  g_signal_group_connect_object (self->actions_signals, "pending-changed",
                                 G_CALLBACK (pending_changed_cb), self, G_CONNECT_SWAPPED);

  self->container_signals = g_signal_group_new (LADING_TYPE_CONTAINER);
  g_signal_group_connect_object (self->container_signals, "notify::name",
                                 G_CALLBACK (name_changed_cb), self, G_CONNECT_SWAPPED);
  for (guint i = 0; i < G_N_ELEMENTS (state_signals); i++)
    g_signal_group_connect_object (self->container_signals, state_signals[i],
                                   G_CALLBACK (state_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->container_signals, "notify::exit-code",
                                 G_CALLBACK (exit_code_changed_cb), self, G_CONNECT_SWAPPED);

  self->container_bindings = g_binding_group_new ();
  g_binding_group_bind (self->container_bindings, "name", self->name_label, "label",
                        G_BINDING_SYNC_CREATE);
  g_binding_group_bind (self->container_bindings, "name", self->switcher_title, "title",
                        G_BINDING_SYNC_CREATE);
}

/**
 * lading_container_details_new:
 * @store: the live store @container is in
 * @stats_monitor: (nullable): where the Resources tab gets its figures, the
 *   window's so that they outlive the page; %NULL for one of the page's own
 * @container: the container to show, as the store holds it
 *
 * Returns: (transfer floating): a page that follows @container
 */
LadingContainerDetails *
lading_container_details_new (LadingStore        *store,
                              LadingStatsMonitor *stats_monitor,
                              LadingContainer    *container)
{
  g_return_val_if_fail (LADING_IS_STORE (store), NULL);
  g_return_val_if_fail (!stats_monitor || LADING_IS_STATS_MONITOR (stats_monitor), NULL);
  g_return_val_if_fail (LADING_IS_CONTAINER (container), NULL);

  return g_object_new (LADING_TYPE_CONTAINER_DETAILS,
                       "store", store,
                       "stats-monitor", stats_monitor,
                       "container", container,
                       NULL);
}

LadingStore *
lading_container_details_get_store (LadingContainerDetails *self)
{
  g_return_val_if_fail (LADING_IS_CONTAINER_DETAILS (self), NULL);

  return self->store;
}

LadingContainer *
lading_container_details_get_container (LadingContainerDetails *self)
{
  g_return_val_if_fail (LADING_IS_CONTAINER_DETAILS (self), NULL);

  return self->container;
}

/**
 * lading_container_details_get_actions:
 *
 * Returns: (transfer none) (nullable): what runs the page's actions
 */
LadingContainerActions *
lading_container_details_get_actions (LadingContainerDetails *self)
{
  g_return_val_if_fail (LADING_IS_CONTAINER_DETAILS (self), NULL);

  return self->actions;
}

/**
 * lading_container_details_set_actions:
 * @actions: (nullable): the Containers page's, so that its rows show what
 *   the page started; %NULL for one of the page's own
 */
void
lading_container_details_set_actions (LadingContainerDetails *self,
                                      LadingContainerActions *actions)
{
  g_return_if_fail (LADING_IS_CONTAINER_DETAILS (self));
  g_return_if_fail (!actions || LADING_IS_CONTAINER_ACTIONS (actions));

  if (!g_set_object (&self->actions, actions))
    return;

  g_signal_group_set_target (self->actions_signals, actions);
  update_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ACTIONS]);
}

/**
 * lading_container_details_get_removed:
 *
 * Returns: whether the container went from the engine while shown
 */
gboolean
lading_container_details_get_removed (LadingContainerDetails *self)
{
  g_return_val_if_fail (LADING_IS_CONTAINER_DETAILS (self), FALSE);

  return self->removed;
}
