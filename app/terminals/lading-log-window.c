/* lading-log-window.c
 *
 * A container's log in a window of its own ("Open Logs in New Window" on
 * its details page), to keep beside the main window.  It follows the
 * container as the store does: its name in the title, and a word when it
 * is removed (the lines already shown stay).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-log-window"

#include "config.h"

#include <glib/gi18n.h>

#include "lading-log-window.h"
#include "lading-settings.h"

struct _LadingLogWindow
{
  AdwWindow        parent_instance;

  /* Owned */
  LadingStore     *store;
  LadingContainer *container;

  /* Template widgets */
  AdwWindowTitle  *window_title;
  LadingLogView   *log_view;
};

#define UI_RESOURCE "/io/github/lading/Lading/ui/lading-log-window.ui"

G_DEFINE_FINAL_TYPE (LadingLogWindow, lading_log_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CONTAINER,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static gboolean
container_removed (LadingLogWindow *self)
{
  return lading_store_lookup_container (self->store, lading_container_get_id (self->container)) !=
         self->container;
}

static void
update_title (LadingLogWindow *self)
{
  const char *name = lading_container_get_name (self->container);
  /* Translators: the title of a container's log window; %s is its name */
  g_autofree char *title = g_strdup_printf (_("%s — Logs"), name);

  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, name);
  adw_window_title_set_subtitle (self->window_title,
                                 container_removed (self) ? _("Removed") : _("Logs"));
}

static void
lading_log_window_constructed (GObject *object)
{
  LadingLogWindow *self = (LadingLogWindow *)object;

  G_OBJECT_CLASS (lading_log_window_parent_class)->constructed (object);

  g_assert (LADING_IS_STORE (self->store));
  g_assert (LADING_IS_CONTAINER (self->container));

  g_signal_connect_object (self->container, "notify::name", G_CALLBACK (update_title), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (lading_store_get_containers (self->store), "items-changed",
                           G_CALLBACK (update_title), self, G_CONNECT_SWAPPED);
  update_title (self);

  lading_log_view_set_container (self->log_view, lading_store_get_engine (self->store),
                                 self->container);
}

static void
lading_log_window_dispose (GObject *object)
{
  LadingLogWindow *self = (LadingLogWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), LADING_TYPE_LOG_WINDOW);

  G_OBJECT_CLASS (lading_log_window_parent_class)->dispose (object);
}

static void
lading_log_window_finalize (GObject *object)
{
  LadingLogWindow *self = (LadingLogWindow *)object;

  g_clear_object (&self->container);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (lading_log_window_parent_class)->finalize (object);
}

static void
lading_log_window_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LadingLogWindow *self = LADING_LOG_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_CONTAINER:
      g_value_set_object (value, self->container);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_log_window_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LadingLogWindow *self = LADING_LOG_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_CONTAINER:
      self->container = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_log_window_class_init (LadingLogWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = lading_log_window_constructed;
  object_class->dispose = lading_log_window_dispose;
  object_class->finalize = lading_log_window_finalize;
  object_class->get_property = lading_log_window_get_property;
  object_class->set_property = lading_log_window_set_property;

  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         LADING_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_CONTAINER] =
    g_param_spec_object ("container", NULL, NULL,
                         LADING_TYPE_CONTAINER,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, UI_RESOURCE);
  gtk_widget_class_bind_template_child (widget_class, LadingLogWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, LadingLogWindow, log_view);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);

  g_type_ensure (LADING_TYPE_LOG_VIEW);
}

static void
lading_log_window_init (LadingLogWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  lading_settings_bind_log_view (lading_settings_get_default (), self->log_view);
}

/**
 * lading_log_window_new:
 * @application: the application the window belongs to
 * @store: the live store @container is in
 * @container: the container whose log to show, as the store holds it
 *
 * Returns: (transfer none): a new window, not yet shown
 */
LadingLogWindow *
lading_log_window_new (GtkApplication  *application,
                       LadingStore     *store,
                       LadingContainer *container)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (LADING_IS_STORE (store), NULL);
  g_return_val_if_fail (LADING_IS_CONTAINER (container), NULL);

  return g_object_new (LADING_TYPE_LOG_WINDOW,
                       "application", application,
                       "store", store,
                       "container", container,
                       NULL);
}

LadingContainer *
lading_log_window_get_container (LadingLogWindow *self)
{
  g_return_val_if_fail (LADING_IS_LOG_WINDOW (self), NULL);

  return self->container;
}

LadingLogView *
lading_log_window_get_log_view (LadingLogWindow *self)
{
  g_return_val_if_fail (LADING_IS_LOG_WINDOW (self), NULL);

  return self->log_view;
}
