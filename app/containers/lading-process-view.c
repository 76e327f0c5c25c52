/* lading-process-view.c
 *
 * The processes of a running container, as `top` inside it lists them.  They
 * are fetched only when asked for (a container's process table is a snapshot,
 * and polling it would cost the engine an exec each time) and refreshed on
 * request.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-process-view"

#include "config.h"

#include <glib/gi18n.h>

#include "lading-engine-error.h"
#include "lading-process-view.h"

struct _LadingProcessView
{
  GtkWidget          parent_instance;

  /* Owned */
  LadingEngine      *engine;
  char              *container_id;
  LadingProcessList *processes;
  GCancellable      *cancellable;

  guint              running : 1;

  /* Template widgets */
  GtkStack          *stack;
  GtkSpinner        *spinner;
  AdwStatusPage     *error_page;
  GtkLabel          *count_label;
  GtkGrid           *grid;
};

#define UI_RESOURCE "/io/github/lading/Lading/ui/lading-process-view.ui"

G_DEFINE_FINAL_TYPE (LadingProcessView, lading_process_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ENGINE,
  PROP_CONTAINER_ID,
  PROP_RUNNING,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
show_page (LadingProcessView *self,
           const char        *name)
{
  gtk_spinner_set_spinning (self->spinner, g_strcmp0 (name, "loading") == 0);
  gtk_stack_set_visible_child_name (self->stack, name);
}

static GtkWidget *
cell_new (const char *text,
          gboolean    heading,
          gboolean    last)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  else
    gtk_widget_add_css_class (label, "monospace");

  /* The command comes last and takes the room that is left. */
  if (last)
    {
      gtk_widget_set_hexpand (label, TRUE);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      if (!heading)
        gtk_widget_set_tooltip_text (label, text);
    }

  return label;
}

static void
fill_grid (LadingProcessView *self)
{
  const char * const *titles = lading_process_list_get_titles (self->processes);
  guint n_rows = lading_process_list_get_n_rows (self->processes);
  guint n_columns = g_strv_length ((char **)titles);
  g_autofree char *count = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);

  for (guint column = 0; column < n_columns; column++)
    gtk_grid_attach (self->grid, cell_new (titles[column], TRUE, column + 1 == n_columns),
                     column, 0, 1, 1);

  for (guint row = 0; row < n_rows; row++)
    {
      const char * const *cells = lading_process_list_get_row (self->processes, row);

      for (guint column = 0; column < n_columns && cells[column] != NULL; column++)
        gtk_grid_attach (self->grid, cell_new (cells[column], FALSE, column + 1 == n_columns),
                         column, row + 1, 1, 1);
    }

  /* Translators: how many processes run in the container */
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u process", "%u processes", n_rows),
                           n_rows);
  gtk_label_set_text (self->count_label, count);
}

static void
top_cb (GObject      *object,
        GAsyncResult *result,
        gpointer      user_data)
{
  g_autoptr(LadingProcessView) self = user_data;
  g_autoptr(LadingProcessList) processes = NULL;
  g_autoptr(GError) error = NULL;

  processes = lading_engine_top_container_finish (LADING_ENGINE (object), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->cancellable);

  if (error != NULL)
    {
      /* It stopped meanwhile: the event saying so is on its way. */
      if (g_error_matches (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_CONFLICT))
        show_page (self, "not-running");
      else
        {
          adw_status_page_set_description (self->error_page, error->message);
          show_page (self, "error");
        }
      return;
    }

  g_clear_pointer (&self->processes, lading_process_list_unref);
  self->processes = g_steal_pointer (&processes);
  fill_grid (self);
  show_page (self, "list");
}

static void
refresh_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  lading_process_view_refresh (LADING_PROCESS_VIEW (widget));
}

static void
update_actions (LadingProcessView *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "processes.refresh",
                                 self->running && self->engine != NULL &&
                                 self->container_id != NULL);
}

static void
lading_process_view_dispose (GObject *object)
{
  LadingProcessView *self = (LadingProcessView *)object;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), LADING_TYPE_PROCESS_VIEW);
  g_clear_object (&self->engine);

  G_OBJECT_CLASS (lading_process_view_parent_class)->dispose (object);
}

static void
lading_process_view_finalize (GObject *object)
{
  LadingProcessView *self = (LadingProcessView *)object;

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->processes, lading_process_list_unref);
  g_clear_pointer (&self->container_id, g_free);

  G_OBJECT_CLASS (lading_process_view_parent_class)->finalize (object);
}

static void
lading_process_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LadingProcessView *self = LADING_PROCESS_VIEW (object);

  switch (prop_id)
    {
    case PROP_ENGINE:
      g_value_set_object (value, self->engine);
      break;

    case PROP_CONTAINER_ID:
      g_value_set_string (value, self->container_id);
      break;

    case PROP_RUNNING:
      g_value_set_boolean (value, self->running);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_process_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  LadingProcessView *self = LADING_PROCESS_VIEW (object);

  switch (prop_id)
    {
    case PROP_ENGINE:
      lading_process_view_set_engine (self, g_value_get_object (value));
      break;

    case PROP_CONTAINER_ID:
      lading_process_view_set_container_id (self, g_value_get_string (value));
      break;

    case PROP_RUNNING:
      lading_process_view_set_running (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_process_view_class_init (LadingProcessViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lading_process_view_dispose;
  object_class->finalize = lading_process_view_finalize;
  object_class->get_property = lading_process_view_get_property;
  object_class->set_property = lading_process_view_set_property;

  properties [PROP_ENGINE] =
    g_param_spec_object ("engine", NULL, NULL,
                         LADING_TYPE_ENGINE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_CONTAINER_ID] =
    g_param_spec_string ("container-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "lading-process-view");
  gtk_widget_class_set_template_from_resource (widget_class, UI_RESOURCE);
  gtk_widget_class_bind_template_child (widget_class, LadingProcessView, stack);
  gtk_widget_class_bind_template_child (widget_class, LadingProcessView, spinner);
  gtk_widget_class_bind_template_child (widget_class, LadingProcessView, error_page);
  gtk_widget_class_bind_template_child (widget_class, LadingProcessView, count_label);
  gtk_widget_class_bind_template_child (widget_class, LadingProcessView, grid);

  gtk_widget_class_install_action (widget_class, "processes.refresh", NULL, refresh_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "processes.refresh", NULL);
}

static void
lading_process_view_init (LadingProcessView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  show_page (self, "not-running");
  update_actions (self);
}

GtkWidget *
lading_process_view_new (void)
{
  return g_object_new (LADING_TYPE_PROCESS_VIEW, NULL);
}

LadingEngine *
lading_process_view_get_engine (LadingProcessView *self)
{
  g_return_val_if_fail (LADING_IS_PROCESS_VIEW (self), NULL);

  return self->engine;
}

void
lading_process_view_set_engine (LadingProcessView *self,
                                LadingEngine      *engine)
{
  g_return_if_fail (LADING_IS_PROCESS_VIEW (self));
  g_return_if_fail (!engine || LADING_IS_ENGINE (engine));

  if (g_set_object (&self->engine, engine))
    {
      update_actions (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ENGINE]);
    }
}

const char *
lading_process_view_get_container_id (LadingProcessView *self)
{
  g_return_val_if_fail (LADING_IS_PROCESS_VIEW (self), NULL);

  return self->container_id;
}

void
lading_process_view_set_container_id (LadingProcessView *self,
                                      const char        *container_id)
{
  g_return_if_fail (LADING_IS_PROCESS_VIEW (self));

  if (g_strcmp0 (self->container_id, container_id) == 0)
    return;

  g_free (self->container_id);
  self->container_id = g_strdup (container_id);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CONTAINER_ID]);
}

gboolean
lading_process_view_get_running (LadingProcessView *self)
{
  g_return_val_if_fail (LADING_IS_PROCESS_VIEW (self), FALSE);

  return self->running;
}

/**
 * lading_process_view_set_running:
 *
 * Whether the container runs.  A list taken before it stopped (or before it
 * restarted) no longer holds: it goes, and the button to ask again comes back.
 */
void
lading_process_view_set_running (LadingProcessView *self,
                                 gboolean           running)
{
  g_return_if_fail (LADING_IS_PROCESS_VIEW (self));

  running = !!running;
  if (self->running == running)
    return;

  self->running = running;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->processes, lading_process_list_unref);
  show_page (self, running ? "idle" : "not-running");
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_RUNNING]);
}

/**
 * lading_process_view_get_processes:
 *
 * Returns: (transfer none) (nullable): the processes shown, if any
 */
LadingProcessList *
lading_process_view_get_processes (LadingProcessView *self)
{
  g_return_val_if_fail (LADING_IS_PROCESS_VIEW (self), NULL);

  return self->processes;
}

/**
 * lading_process_view_refresh:
 *
 * Asks the engine for the processes now; what is shown stays until the
 * answer comes.
 */
void
lading_process_view_refresh (LadingProcessView *self)
{
  g_return_if_fail (LADING_IS_PROCESS_VIEW (self));

  if (!self->running || self->engine == NULL || self->container_id == NULL)
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  if (self->processes == NULL)
    show_page (self, "loading");

  lading_engine_top_container_async (self->engine, self->container_id, self->cancellable,
                                     top_cb, g_object_ref (self));
}
