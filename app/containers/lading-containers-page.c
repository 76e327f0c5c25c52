/* lading-containers-page.c
 *
 * The Containers page: the live list of containers, grouped under their
 * compose projects or not, filtered by state and search text and sorted as
 * the user last left it (all kept in GSettings), with everything one can do
 * to them as widget actions — from the row's context menu, from the action
 * bar that appears over a selection, and by keyboard shortcut.
 *
 * The actions are `container.<verb>` with the ids as an "as" parameter; an
 * empty array means the selected containers, so menus, buttons and
 * shortcuts need no ids.  Each is enabled only when it makes sense for some
 * selected container.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-containers-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lading-container-groups.h"
#include "lading-containers-page.h"
#include "lading-stats-cell.h"
#include "lading-terminal-window.h"
#include "lading-settings.h"

typedef enum
{
  SHOW_ALL,
  SHOW_RUNNING,
  SHOW_STOPPED,
  SHOW_PAUSED,
} StateFilter;

struct _LadingContainersPage
{
  GtkWidget               parent_instance;

  /* Template widgets */
  LadingListView         *list_view;
  GtkActionBar           *action_bar;
  GtkLabel               *selection_label;
  GMenuModel             *container_menu;

  /* Owned */
  LadingStore            *store;
  LadingContainerGroups  *groups;
  LadingContainerActions *actions;
  LadingSettings         *settings;
  GtkCustomFilter        *state_filter;
  GtkWidget              *context_menu;
  GHashTable             *busy_containers; /* id → LadingContainer an action runs on */
  GPtrArray              *followed;        /* the selected containers, whose state is watched */

  StateFilter             shown;
};

G_DEFINE_FINAL_TYPE (LadingContainersPage, lading_containers_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const LadingListColumn container_columns[] = {
  { "name", N_("Name"), "name", NULL, LADING_CELL_NAME, 40, TRUE, TRUE, 0 },
  { "service", N_("Service"), "compose-service", NULL, LADING_CELL_TEXT, 30, FALSE, TRUE, 2 },
  { "image", N_("Image"), "image", NULL, LADING_CELL_TEXT, 18, TRUE, TRUE, 1 },
  { "state", N_("State"), "state", NULL, LADING_CELL_CONTAINER_STATE, 9, FALSE, FALSE, 0 },
  { "status", N_("Status"), "started-at", NULL, LADING_CELL_CONTAINER_STATUS, 30, FALSE, FALSE, 0 },
  { "ports", N_("Ports"), "ports", NULL, LADING_CELL_TEXT, 14, FALSE, TRUE, 3 },
  { "created", N_("Created"), "created", NULL, LADING_CELL_RELATIVE_TIME, 15, FALSE, FALSE, 3 },
};

/* What state_filter_match_cb() reads. */
static const char * const state_filter_properties[] = { "state", NULL };

/* The search also finds a container by what no column shows whole. */
static const char * const search_properties[] = { "short-id", "compose-project", NULL };

static const char * const verbs[] = {
  "start", "stop", "restart", "pause", "unpause", "kill", "remove", "rename", NULL
};

/* One container's shell or attach, in its terminal window. */
static const char * const terminal_actions[] = { "container.open-shell", "container.attach" };

/* The group actions of a project row. */
static const struct
{
  const char *label;
  const char *verb;
} project_entries[] = {
  { N_("_Start All"), "start" },
  { N_("S_top All"), "stop" },
  { N_("_Restart All"), "restart" },
  { N_("Re_move All…"), "remove" },
};

/* Adds the containers of @item (a container, or a project's) once each. */
static void
add_containers (GPtrArray  *containers,
                GHashTable *seen,
                gpointer    item)
{
  if (LADING_IS_CONTAINER (item))
    {
      if (g_hash_table_add (seen, item))
        g_ptr_array_add (containers, g_object_ref (item));
    }
  else if (LADING_IS_COMPOSE_PROJECT (item))
    {
      GListModel *children = lading_compose_project_get_containers (item);

      for (guint i = 0; i < g_list_model_get_n_items (children); i++)
        {
          g_autoptr(LadingContainer) child = g_list_model_get_item (children, i);

          add_containers (containers, seen, child);
        }
    }
}

/* The selected containers, those under a selected project row included. */
static GPtrArray *
dup_selected_containers (LadingContainersPage *self)
{
  g_autoptr(GPtrArray) items = lading_list_view_dup_selected_items (self->list_view, TRUE);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GPtrArray *containers = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < items->len; i++)
    add_containers (containers, seen, g_ptr_array_index (items, i));

  return containers;
}

/* The containers an action names, or the selection for none. */
static GPtrArray *
dup_target_containers (LadingContainersPage *self,
                       GVariant             *parameter)
{
  g_autofree const char **ids = g_variant_get_strv (parameter, NULL);
  g_autoptr(GHashTable) seen = NULL;
  GPtrArray *containers;

  if (ids[0] == NULL)
    return dup_selected_containers (self);

  seen = g_hash_table_new (NULL, NULL);
  containers = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      LadingContainer *container = lading_store_lookup_container (self->store, ids[i]);

      if (container != NULL)
        add_containers (containers, seen, container);
    }

  return containers;
}

static void update_actions (LadingContainersPage *self);

static void
unfollow (LadingContainersPage *self)
{
  for (guint i = 0; self->followed != NULL && i < self->followed->len; i++)
    g_signal_handlers_disconnect_by_func (g_ptr_array_index (self->followed, i), update_actions,
                                          self);
  g_clear_pointer (&self->followed, g_ptr_array_unref);
}

/* The store changes a container in place: a selected one that changes state
 * may enable other actions. */
static void
follow (LadingContainersPage *self,
        GPtrArray            *selected)
{
  if (self->followed != NULL && self->followed->len == selected->len &&
      (selected->len == 0 ||
       memcmp (self->followed->pdata, selected->pdata, selected->len * sizeof (gpointer)) == 0))
    return;

  unfollow (self);
  for (guint i = 0; i < selected->len; i++)
    g_signal_connect_object (g_ptr_array_index (selected, i), "notify::state",
                             G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
  self->followed = g_ptr_array_ref (selected);
}

static void
update_actions (LadingContainersPage *self)
{
  g_autoptr(GPtrArray) selected = NULL;
  g_autofree char *label = NULL;

  if (self->store == NULL)
    return;

  selected = dup_selected_containers (self);
  follow (self, selected);

  for (guint i = 0; verbs[i] != NULL; i++)
    {
      g_autofree char *action = g_strconcat ("container.", verbs[i], NULL);

      gtk_widget_action_set_enabled (GTK_WIDGET (self), action,
                                     lading_container_actions_can (verbs[i], selected));
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "containers.unselect-all", selected->len > 0);
  for (guint i = 0; i < G_N_ELEMENTS (terminal_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), terminal_actions[i],
                                   selected->len == 1 &&
                                   lading_terminal_window_can_open (g_ptr_array_index (selected, 0)));

  label = g_strdup_printf (ngettext ("%u selected", "%u selected", selected->len), selected->len);
  gtk_label_set_text (self->selection_label, label);
  gtk_action_bar_set_revealed (self->action_bar, selected->len > 0);
}

static StateFilter
parse_state_filter (const char *value)
{
  if (g_strcmp0 (value, "running") == 0)
    return SHOW_RUNNING;
  if (g_strcmp0 (value, "stopped") == 0)
    return SHOW_STOPPED;
  if (g_strcmp0 (value, "paused") == 0)
    return SHOW_PAUSED;

  return SHOW_ALL;
}

static gboolean
state_filter_match_cb (gpointer item,
                       gpointer user_data)
{
  LadingContainersPage *self = user_data;

  if (!LADING_IS_CONTAINER (item))
    return TRUE;

  switch (lading_container_get_state (item))
    {
    case LADING_CONTAINER_STATE_RUNNING:
    case LADING_CONTAINER_STATE_RESTARTING:
      return self->shown == SHOW_ALL || self->shown == SHOW_RUNNING;

    case LADING_CONTAINER_STATE_CREATED:
    case LADING_CONTAINER_STATE_EXITED:
    case LADING_CONTAINER_STATE_DEAD:
      return self->shown == SHOW_ALL || self->shown == SHOW_STOPPED;

    case LADING_CONTAINER_STATE_PAUSED:
      return self->shown == SHOW_ALL || self->shown == SHOW_PAUSED;

    case LADING_CONTAINER_STATE_UNKNOWN:
    case LADING_CONTAINER_STATE_REMOVING:
    default:
      return self->shown == SHOW_ALL;
    }
}

static void
state_filter_changed_cb (LadingContainersPage *self)
{
  g_autofree char *value = lading_settings_dup_containers_state_filter (self->settings);
  StateFilter shown = parse_state_filter (value);

  if (shown == self->shown)
    return;

  self->shown = shown;
  gtk_filter_changed (GTK_FILTER (self->state_filter),
                      shown == SHOW_ALL ? GTK_FILTER_CHANGE_LESS_STRICT
                                        : GTK_FILTER_CHANGE_DIFFERENT);
}

static GMenuModel *
new_project_menu (LadingComposeProject *project)
{
  GListModel *children = lading_compose_project_get_containers (project);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;
  GMenu *menu = g_menu_new ();

  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(LadingContainer) child = g_list_model_get_item (children, i);

      g_strv_builder_add (builder, lading_container_get_id (child));
    }
  ids = g_strv_builder_end (builder);

  for (guint i = 0; i < G_N_ELEMENTS (project_entries); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_(project_entries[i].label), NULL);
      g_autofree char *action = g_strconcat ("container.", project_entries[i].verb, NULL);

      g_menu_item_set_action_and_target_value (item, action,
                                               g_variant_new_strv ((const char * const *)ids, -1));
      g_menu_append_item (menu, item);
    }

  return G_MENU_MODEL (menu);
}

/* The menu acts on the selection, which the list has already set to the
 * row under the pointer unless that row was part of it; an item not yet
 * selected (the signal emitted by someone else) is selected here. */
static void
context_menu_cb (LadingContainersPage *self,
                 GObject              *item,
                 double                x,
                 double                y,
                 GtkWidget            *widget)
{
  g_autoptr(GPtrArray) selected = lading_list_view_dup_selected_items (self->list_view, TRUE);
  g_autoptr(GMenuModel) project_menu = NULL;
  GdkRectangle rect = { 0, 0, 1, 1 };
  double page_x = x, page_y = y;

  if (!g_ptr_array_find (selected, item, NULL))
    lading_list_view_select_item (self->list_view, item);

  if (LADING_IS_COMPOSE_PROJECT (item))
    project_menu = new_project_menu (LADING_COMPOSE_PROJECT (item));

  gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->context_menu),
                                   project_menu != NULL ? project_menu : self->container_menu);

  if (widget != NULL)
    gtk_widget_translate_coordinates (widget, GTK_WIDGET (self), x, y, &page_x, &page_y);
  rect.x = page_x;
  rect.y = page_y;
  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu), &rect);

  update_actions (self);
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
}

static void
container_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LadingContainersPage *self = (LadingContainersPage *)widget;
  g_autoptr(GPtrArray) containers = NULL;

  if (self->store == NULL)
    return;

  containers = dup_target_containers (self, parameter);
  lading_container_actions_activate (self->actions, widget,
                                     action_name + strlen ("container."), containers);
}

static void
terminal_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LadingContainersPage *self = (LadingContainersPage *)widget;
  g_autoptr(GPtrArray) containers = NULL;
  LadingContainer *container;

  if (self->store == NULL)
    return;

  containers = dup_target_containers (self, parameter);
  if (containers->len != 1)
    return;

  container = g_ptr_array_index (containers, 0);
  if (g_str_equal (action_name, "container.attach"))
    lading_terminal_window_open_attach (widget, lading_store_get_engine (self->store), container);
  else
    lading_terminal_window_open_shell (widget, lading_store_get_engine (self->store), container,
                                       FALSE);
}

static void
select_all_visible_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  lading_list_view_select_all_visible (LADING_CONTAINERS_PAGE (widget)->list_view);
}

static void
unselect_all_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  lading_list_view_unselect_all (LADING_CONTAINERS_PAGE (widget)->list_view);
}

static void
lading_containers_page_dispose (GObject *object)
{
  LadingContainersPage *self = (LadingContainersPage *)object;

  g_assert (LADING_IS_CONTAINERS_PAGE (self));

  if (self->state_filter != NULL)
    gtk_custom_filter_set_filter_func (self->state_filter, NULL, NULL, NULL);
  g_clear_pointer (&self->context_menu, gtk_widget_unparent);
  unfollow (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), LADING_TYPE_CONTAINERS_PAGE);

  g_clear_object (&self->state_filter);
  g_clear_pointer (&self->busy_containers, g_hash_table_unref);
  g_clear_object (&self->actions);
  g_clear_object (&self->groups);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (lading_containers_page_parent_class)->dispose (object);
}

static void
lading_containers_page_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  LadingContainersPage *self = LADING_CONTAINERS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_containers_page_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  LadingContainersPage *self = LADING_CONTAINERS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      lading_containers_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_action_shortcut (GtkWidgetClass  *widget_class,
                     guint            keyval,
                     GdkModifierType  modifiers,
                     const char      *action_name)
{
  static const char * const selection[] = { NULL };

  gtk_widget_class_add_binding_action (widget_class, keyval, modifiers, action_name,
                                       "^as", selection);
}

static void
lading_containers_page_class_init (LadingContainersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lading_containers_page_dispose;
  object_class->get_property = lading_containers_page_get_property;
  object_class->set_property = lading_containers_page_set_property;

  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         LADING_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "lading-containers-page");

  g_type_ensure (LADING_TYPE_LIST_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lading/Lading/ui/"
                                               "lading-containers-page.ui");
  /* Bound without a field so that gtk_widget_dispose_template() unparents it. */
  gtk_widget_class_bind_template_child_full (widget_class, "box", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, LadingContainersPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, LadingContainersPage, action_bar);
  gtk_widget_class_bind_template_child (widget_class, LadingContainersPage, selection_label);
  gtk_widget_class_bind_template_child (widget_class, LadingContainersPage, container_menu);
  gtk_widget_class_bind_template_callback (widget_class, update_actions);
  gtk_widget_class_bind_template_callback (widget_class, context_menu_cb);

  for (guint i = 0; verbs[i] != NULL; i++)
    {
      g_autofree char *action = g_strconcat ("container.", verbs[i], NULL);

      gtk_widget_class_install_action (widget_class, action, "as", container_action);
    }
  for (guint i = 0; i < G_N_ELEMENTS (terminal_actions); i++)
    gtk_widget_class_install_action (widget_class, terminal_actions[i], "as", terminal_action);
  gtk_widget_class_install_action (widget_class, "containers.select-all-visible", NULL,
                                   select_all_visible_action);
  gtk_widget_class_install_action (widget_class, "containers.unselect-all", NULL,
                                   unselect_all_action);

  /* Listed in resources/ui/lading-shortcuts-window.ui and in the context menu. */
  add_action_shortcut (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "container.start");
  add_action_shortcut (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "container.start");
  add_action_shortcut (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "container.stop");
  add_action_shortcut (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "container.restart");
  add_action_shortcut (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "container.pause");
  add_action_shortcut (widget_class, GDK_KEY_p, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                       "container.unpause");
  add_action_shortcut (widget_class, GDK_KEY_k, GDK_CONTROL_MASK, "container.kill");
  add_action_shortcut (widget_class, GDK_KEY_Delete, 0, "container.remove");
  add_action_shortcut (widget_class, GDK_KEY_KP_Delete, 0, "container.remove");
  add_action_shortcut (widget_class, GDK_KEY_F2, 0, "container.rename");
  add_action_shortcut (widget_class, GDK_KEY_t, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                       "container.open-shell");
}

static void
lading_containers_page_init (LadingContainersPage *self)
{
  g_autoptr(GSimpleActionGroup) settings_actions = g_simple_action_group_new ();
  g_autoptr(GAction) state_action = NULL;
  g_autoptr(GAction) group_action = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_object_ref (lading_settings_get_default ());

  /* The state toggles and the grouping toggle are the settings themselves. */
  state_action = lading_settings_create_action (self->settings, "containers-state-filter");
  group_action = lading_settings_create_action (self->settings, "group-by-project");
  g_action_map_add_action (G_ACTION_MAP (settings_actions), state_action);
  g_action_map_add_action (G_ACTION_MAP (settings_actions), group_action);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "settings", G_ACTION_GROUP (settings_actions));

  self->busy_containers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->state_filter = gtk_custom_filter_new (state_filter_match_cb, self, NULL);
  self->shown = SHOW_ALL;
  g_signal_connect_object (self->settings, "notify::containers-state-filter",
                           G_CALLBACK (state_filter_changed_cb), self, G_CONNECT_SWAPPED);
  state_filter_changed_cb (self);
  lading_list_view_set_item_filter (self->list_view, GTK_FILTER (self->state_filter));
  lading_list_view_set_item_filter_properties (self->list_view, state_filter_properties);

  lading_settings_bind (self->settings, "containers-search",
                        self->list_view, "search-text", G_SETTINGS_BIND_DEFAULT);
  lading_settings_bind (self->settings, "containers-sort-column",
                        self->list_view, "sort-column", G_SETTINGS_BIND_DEFAULT);
  lading_settings_bind (self->settings, "containers-sort-descending",
                        self->list_view, "sort-descending", G_SETTINGS_BIND_DEFAULT);

  self->context_menu = gtk_popover_menu_new_from_model (self->container_menu);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->context_menu), FALSE);
  gtk_widget_set_halign (self->context_menu, GTK_ALIGN_START);
  gtk_widget_set_parent (self->context_menu, GTK_WIDGET (self));

  update_actions (self);
}

GtkWidget *
lading_containers_page_new (void)
{
  return g_object_new (LADING_TYPE_CONTAINERS_PAGE, NULL);
}

LadingStore *
lading_containers_page_get_store (LadingContainersPage *self)
{
  g_return_val_if_fail (LADING_IS_CONTAINERS_PAGE (self), NULL);

  return self->store;
}

/* The row shows "Stopping…" until the action's call returns; the container
 * is kept here because a removed one is no longer in the store by then. */
static void
pending_changed_cb (LadingContainersPage *self,
                    const char           *id)
{
  const char *pending = lading_container_actions_get_pending (self->actions, id);
  LadingContainer *container = g_hash_table_lookup (self->busy_containers, id);

  if (container == NULL)
    {
      container = lading_store_lookup_container (self->store, id);
      if (container == NULL)
        return;
      g_hash_table_insert (self->busy_containers, g_strdup (id), g_object_ref (container));
    }

  lading_list_view_set_busy_text (self->list_view, container, pending);
  if (pending == NULL)
    g_hash_table_remove (self->busy_containers, id);
}

/**
 * lading_containers_page_set_store:
 * @store: the live store whose containers to show
 *
 * Set once, usually by the window right after it is built.
 */
void
lading_containers_page_set_store (LadingContainersPage *self,
                                  LadingStore          *store)
{
  g_return_if_fail (LADING_IS_CONTAINERS_PAGE (self));
  g_return_if_fail (!store || LADING_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  if (store == NULL)
    return;

  self->store = g_object_ref (store);
  self->groups = lading_container_groups_new (lading_store_get_containers (store));
  self->actions = lading_container_actions_new (store);

  lading_settings_bind (self->settings, "group-by-project", self->groups, "grouped",
                        G_SETTINGS_BIND_GET);
  lading_list_view_set_tree_model (self->list_view, G_LIST_MODEL (self->groups),
                                   LADING_TYPE_CONTAINER,
                                   lading_container_groups_create_children, NULL, NULL);
  lading_list_view_add_columns (self->list_view,
                                container_columns, G_N_ELEMENTS (container_columns));
  lading_list_view_set_search_properties (self->list_view, search_properties);

  g_signal_connect_object (self->actions, "pending-changed",
                           G_CALLBACK (pending_changed_cb), self, G_CONNECT_SWAPPED);

  /* A selected container that goes takes its actions with it. */
  g_signal_connect_object (lading_store_get_containers (store), "items-changed",
                           G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
  update_actions (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STORE]);
}

static GtkWidget *
cpu_cell_new (gpointer monitor)
{
  return lading_stats_cell_new (monitor, LADING_STATS_CPU);
}

static GtkWidget *
memory_cell_new (gpointer monitor)
{
  return lading_stats_cell_new (monitor, LADING_STATS_MEMORY);
}

/**
 * lading_containers_page_add_stats_columns:
 * @monitor: where the figures come from
 *
 * Adds CPU and memory columns with sparklines for running containers after
 * the status column; only rows on screen have their stats streamed.  Call
 * once, after lading_containers_page_set_store().
 */
void
lading_containers_page_add_stats_columns (LadingContainersPage *self,
                                          LadingStatsMonitor   *monitor)
{
  guint position = 0;

  g_return_if_fail (LADING_IS_CONTAINERS_PAGE (self));
  g_return_if_fail (LADING_IS_STATS_MONITOR (monitor));
  g_return_if_fail (self->store != NULL);

  while (position < G_N_ELEMENTS (container_columns) &&
         !g_str_equal (container_columns[position++].id, "status"))
    ;
  /* A sparkline and "1023 MiB": about sixteen characters. */
  lading_list_view_add_widget_column (self->list_view, N_("CPU"), position, 16, 1,
                                      cpu_cell_new, g_object_ref (monitor), g_object_unref);
  lading_list_view_add_widget_column (self->list_view, N_("Memory"), position + 1, 16, 2,
                                      memory_cell_new, g_object_ref (monitor), g_object_unref);
}

LadingListView *
lading_containers_page_get_list_view (LadingContainersPage *self)
{
  g_return_val_if_fail (LADING_IS_CONTAINERS_PAGE (self), NULL);

  return self->list_view;
}

/**
 * lading_containers_page_get_actions:
 *
 * Returns: (transfer none) (nullable): what runs the page's actions, once
 *   the page has a store
 */
LadingContainerActions *
lading_containers_page_get_actions (LadingContainersPage *self)
{
  g_return_val_if_fail (LADING_IS_CONTAINERS_PAGE (self), NULL);

  return self->actions;
}
