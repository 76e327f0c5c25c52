/* lading-terminal-window.c
 *
 * A container's terminals, in one window per container: shells and the
 * attached main process as tabs.  The window follows the container's name,
 * offers new tabs only while it runs, marks a tab whose session has ended,
 * and asks before closing a live shell: closing hangs it up, and with it
 * whatever runs in it (lading-exec-hangup.c), as closing a terminal does.
 *
 * The functions at the end are what the details page and the Containers
 * page call: they find the container's window or open one, add the tab and
 * bring the window forward.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-terminal-window"

#include "config.h"

#include <glib/gi18n.h>

#include "lading-shell-popover.h"
#include "lading-terminal-window.h"
#include "lading-settings.h"

struct _LadingTerminalWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  AdwTabView           *tab_view;

  /* Owned */
  LadingEngine         *engine;
  LadingContainer      *container;

  guint                 closing : 1;
};

G_DEFINE_FINAL_TYPE (LadingTerminalWindow, lading_terminal_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_ENGINE,
  PROP_CONTAINER,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* In the capture phase: the focused terminal would send them to the shell. */
static const struct
{
  const char *trigger;
  const char *action_name;
} shortcuts[] = {
  { "<Control><Shift>t", "terminal-window.new-shell" },
  { "<Control><Shift>w", "terminal-window.close-tab" },
};

static LadingTerminalTab *
page_tab (AdwTabPage *page)
{
  return LADING_TERMINAL_TAB (adw_tab_page_get_child (page));
}

static gboolean
tab_is_live_shell (LadingTerminalTab *tab)
{
  return lading_terminal_tab_get_is_shell (tab) &&
         lading_terminal_tab_get_state (tab) == LADING_TERMINAL_SESSION_RUNNING;
}

static guint
count_live_shells (LadingTerminalWindow *self)
{
  guint n_pages = adw_tab_view_get_n_pages (self->tab_view);
  guint live = 0;

  for (guint i = 0; i < n_pages; i++)
    if (tab_is_live_shell (page_tab (adw_tab_view_get_nth_page (self->tab_view, i))))
      live++;

  return live;
}

static void
update_actions (LadingTerminalWindow *self)
{
  gboolean running = lading_terminal_window_can_open (self->container);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "terminal-window.new-shell", running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "terminal-window.new-custom-shell", running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "terminal-window.attach", running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "terminal-window.close-tab",
                                 adw_tab_view_get_selected_page (self->tab_view) != NULL);
}

/* An ended tab stays, so its last words can be read, but looks ended. */
static void
tab_state_cb (AdwTabPage        *page,
              GParamSpec        *pspec,
              LadingTerminalTab *tab)
{
  LadingTerminalSessionState state = lading_terminal_tab_get_state (tab);
  LadingTerminalSession *session = lading_terminal_tab_get_session (tab);
  g_autoptr(GIcon) icon = NULL;
  g_autofree char *tooltip = NULL;

  adw_tab_page_set_loading (page, state == LADING_TERMINAL_SESSION_STARTING);
  if (state != LADING_TERMINAL_SESSION_ENDED)
    return;

  icon = g_themed_icon_new ("media-playback-stop-symbolic");
  if (session != NULL && lading_terminal_session_get_exit_code (session) >= 0)
    /* Translators: the tooltip of an ended shell's tab */
    tooltip = g_strdup_printf (_("Exited with code %d"),
                               lading_terminal_session_get_exit_code (session));
  else
    tooltip = g_strdup (_("Ended"));

  adw_tab_page_set_indicator_icon (page, icon);
  adw_tab_page_set_indicator_tooltip (page, tooltip);
  adw_tab_page_set_needs_attention (page, !adw_tab_page_get_selected (page));
}

static LadingTerminalTab *
add_tab (LadingTerminalWindow *self,
         GtkWidget            *tab)
{
  AdwTabPage *page = adw_tab_view_append (self->tab_view, tab);

  g_object_bind_property (tab, "title", page, "title", G_BINDING_SYNC_CREATE);
  g_signal_connect_object (tab, "notify::state", G_CALLBACK (tab_state_cb), page,
                           G_CONNECT_SWAPPED);
  tab_state_cb (page, NULL, LADING_TERMINAL_TAB (tab));

  adw_tab_view_set_selected_page (self->tab_view, page);
  gtk_widget_grab_focus (GTK_WIDGET (lading_terminal_tab_get_terminal (LADING_TERMINAL_TAB (tab))));

  return LADING_TERMINAL_TAB (tab);
}

static void
close_page_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        AdwTabPage       *page)
{
  AdwTabView *tab_view = ADW_TAB_VIEW (gtk_widget_get_ancestor (adw_tab_page_get_child (page),
                                                                ADW_TYPE_TAB_VIEW));

  adw_tab_view_close_page_finish (tab_view, page, g_strcmp0 (response, "close") == 0);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* The response handlers destroy the dialog: a response can come without
 * the dialog closing itself (adw_message_dialog_response()). */
static AdwMessageDialog *
new_close_dialog (LadingTerminalWindow *self,
                  const char           *heading,
                  const char           *body)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                                         heading, body));

  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  adw_message_dialog_add_response (dialog, "close", _("C_lose"));
  adw_message_dialog_set_response_appearance (dialog, "close", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");

  return dialog;
}

static gboolean
close_page_cb (LadingTerminalWindow *self,
               AdwTabPage           *page)
{
  LadingTerminalTab *tab = page_tab (page);
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (self->closing || !tab_is_live_shell (tab))
    {
      adw_tab_view_close_page_finish (self->tab_view, page, TRUE);
      return GDK_EVENT_STOP;
    }

  /* Translators: %s is a shell tab's title, e.g. "bash — root" */
  body = g_strdup_printf (_("“%s” is still running. Closing its tab ends it and any "
                            "program started in it."),
                         lading_terminal_tab_get_title (tab));
  dialog = new_close_dialog (self, _("Close the Shell?"), body);
  g_signal_connect_data (dialog, "response", G_CALLBACK (close_page_response_cb),
                         g_object_ref (page), (GClosureNotify)(void (*) (void))g_object_unref, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return GDK_EVENT_STOP;
}

static gboolean
destroy_if_empty (gpointer user_data)
{
  LadingTerminalWindow *self = user_data;

  if (adw_tab_view_get_n_pages (self->tab_view) == 0 && !self->closing)
    {
      self->closing = TRUE;
      gtk_window_destroy (GTK_WINDOW (self));
    }

  return G_SOURCE_REMOVE;
}

/* The last tab takes the window with it, once the tab view is done
 * closing it. */
static void
n_pages_cb (LadingTerminalWindow *self)
{
  if (adw_tab_view_get_n_pages (self->tab_view) == 0 && !self->closing)
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, destroy_if_empty, g_object_ref (self),
                     g_object_unref);
}

static void
selected_page_cb (LadingTerminalWindow *self)
{
  AdwTabPage *page = adw_tab_view_get_selected_page (self->tab_view);

  if (page != NULL)
    adw_tab_page_set_needs_attention (page, FALSE);
  update_actions (self);
}

static void
close_window_response_cb (LadingTerminalWindow *self,
                          const char           *response,
                          AdwMessageDialog     *dialog)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  if (g_strcmp0 (response, "close") != 0)
    return;

  self->closing = TRUE;
  gtk_window_destroy (GTK_WINDOW (self));
}

static gboolean
lading_terminal_window_close_request (GtkWindow *window)
{
  LadingTerminalWindow *self = (LadingTerminalWindow *)window;
  guint live = count_live_shells (self);
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (self->closing || live == 0)
    {
      self->closing = TRUE;
      return GTK_WINDOW_CLASS (lading_terminal_window_parent_class)->close_request (window);
    }

  body = g_strdup_printf (ngettext ("A shell is still running. Closing the window ends it and "
                                    "any program started in it.",
                                    "%u shells are still running. Closing the window ends them "
                                    "and any program started in them.",
                                    live), live);
  dialog = new_close_dialog (self, _("Close the Window?"), body);
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_window_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));

  return GDK_EVENT_STOP;
}

static void
new_shell_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LadingTerminalWindow *self = LADING_TERMINAL_WINDOW (widget);

  lading_terminal_window_open_shell (widget, self->engine, self->container,
                                     g_str_equal (action_name, "terminal-window.new-custom-shell"));
}

static void
attach_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  lading_terminal_window_add_attach (LADING_TERMINAL_WINDOW (widget));
}

static void
close_tab_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LadingTerminalWindow *self = LADING_TERMINAL_WINDOW (widget);
  AdwTabPage *page = adw_tab_view_get_selected_page (self->tab_view);

  if (page != NULL)
    adw_tab_view_close_page (self->tab_view, page);
}

static void
lading_terminal_window_constructed (GObject *object)
{
  LadingTerminalWindow *self = (LadingTerminalWindow *)object;

  G_OBJECT_CLASS (lading_terminal_window_parent_class)->constructed (object);

  g_assert (LADING_IS_ENGINE (self->engine));
  g_assert (LADING_IS_CONTAINER (self->container));

  g_object_bind_property (self->container, "name", self->window_title, "title",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->container, "name", self, "title", G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->container, "notify::state", G_CALLBACK (update_actions), self,
                           G_CONNECT_SWAPPED);
  update_actions (self);
}

static void
lading_terminal_window_dispose (GObject *object)
{
  LadingTerminalWindow *self = (LadingTerminalWindow *)object;

  /* The tabs go without asking: the window is going already. */
  self->closing = TRUE;
  gtk_widget_dispose_template (GTK_WIDGET (self), LADING_TYPE_TERMINAL_WINDOW);

  G_OBJECT_CLASS (lading_terminal_window_parent_class)->dispose (object);
}

static void
lading_terminal_window_finalize (GObject *object)
{
  LadingTerminalWindow *self = (LadingTerminalWindow *)object;

  g_clear_object (&self->container);
  g_clear_object (&self->engine);

  G_OBJECT_CLASS (lading_terminal_window_parent_class)->finalize (object);
}

static void
lading_terminal_window_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  LadingTerminalWindow *self = LADING_TERMINAL_WINDOW (object);

  switch (prop_id)
    {
    case PROP_ENGINE:
      g_value_set_object (value, self->engine);
      break;

    case PROP_CONTAINER:
      g_value_set_object (value, self->container);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_terminal_window_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  LadingTerminalWindow *self = LADING_TERMINAL_WINDOW (object);

  switch (prop_id)
    {
    case PROP_ENGINE:
      self->engine = g_value_dup_object (value);
      break;

    case PROP_CONTAINER:
      self->container = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_terminal_window_class_init (LadingTerminalWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = lading_terminal_window_constructed;
  object_class->dispose = lading_terminal_window_dispose;
  object_class->finalize = lading_terminal_window_finalize;
  object_class->get_property = lading_terminal_window_get_property;
  object_class->set_property = lading_terminal_window_set_property;

  window_class->close_request = lading_terminal_window_close_request;

  properties [PROP_ENGINE] =
    g_param_spec_object ("engine", NULL, NULL,
                         LADING_TYPE_ENGINE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /* As the store holds it, so the window follows its name and state. */
  properties [PROP_CONTAINER] =
    g_param_spec_object ("container", NULL, NULL,
                         LADING_TYPE_CONTAINER,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lading/Lading/ui/"
                                               "lading-terminal-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LadingTerminalWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LadingTerminalWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, LadingTerminalWindow, tab_view);
  gtk_widget_class_bind_template_callback (widget_class, close_page_cb);
  gtk_widget_class_bind_template_callback (widget_class, n_pages_cb);
  gtk_widget_class_bind_template_callback (widget_class, selected_page_cb);

  gtk_widget_class_install_action (widget_class, "terminal-window.new-shell", NULL,
                                   new_shell_action);
  gtk_widget_class_install_action (widget_class, "terminal-window.new-custom-shell", NULL,
                                   new_shell_action);
  gtk_widget_class_install_action (widget_class, "terminal-window.attach", NULL, attach_action);
  gtk_widget_class_install_action (widget_class, "terminal-window.close-tab", NULL,
                                   close_tab_action);

  g_type_ensure (LADING_TYPE_SHELL_POPOVER);
  g_type_ensure (LADING_TYPE_TERMINAL_TAB);
}

static void
lading_terminal_window_init (LadingTerminalWindow *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    {
      GtkShortcutTrigger *trigger = gtk_shortcut_trigger_parse_string (shortcuts[i].trigger);
      GtkShortcutAction *action = gtk_named_action_new (shortcuts[i].action_name);

      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                            gtk_shortcut_new (trigger, action));
    }
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

/**
 * lading_terminal_window_new:
 * @application: the application the window belongs to
 * @engine: the engine @container runs on
 * @container: the container, as the store holds it
 *
 * Returns: (transfer none): a window with no tabs yet
 */
LadingTerminalWindow *
lading_terminal_window_new (GtkApplication  *application,
                            LadingEngine    *engine,
                            LadingContainer *container)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (LADING_IS_ENGINE (engine), NULL);
  g_return_val_if_fail (LADING_IS_CONTAINER (container), NULL);

  return g_object_new (LADING_TYPE_TERMINAL_WINDOW,
                       "application", application,
                       "engine", engine,
                       "container", container,
                       NULL);
}

/**
 * lading_terminal_window_lookup:
 *
 * Returns: (transfer none) (nullable): the terminal window of the container
 *   with @container_id, if one is open
 */
LadingTerminalWindow *
lading_terminal_window_lookup (GtkApplication *application,
                               const char     *container_id)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (container_id != NULL, NULL);

  for (GList *l = gtk_application_get_windows (application); l != NULL; l = l->next)
    {
      LadingTerminalWindow *window = l->data;

      if (LADING_IS_TERMINAL_WINDOW (window) && !window->closing &&
          g_strcmp0 (lading_container_get_id (window->container), container_id) == 0)
        return window;
    }

  return NULL;
}

LadingContainer *
lading_terminal_window_get_container (LadingTerminalWindow *self)
{
  g_return_val_if_fail (LADING_IS_TERMINAL_WINDOW (self), NULL);

  return self->container;
}

AdwTabView *
lading_terminal_window_get_tab_view (LadingTerminalWindow *self)
{
  g_return_val_if_fail (LADING_IS_TERMINAL_WINDOW (self), NULL);

  return self->tab_view;
}

/**
 * lading_terminal_window_add_shell:
 * @argv: (nullable): the shell's command; %NULL for bash, ash or sh
 * @user: (nullable): whom to run it as; %NULL or "" for the container's user
 *
 * Returns: (transfer none): the new tab, selected
 */
LadingTerminalTab *
lading_terminal_window_add_shell (LadingTerminalWindow *self,
                                  const char * const   *argv,
                                  const char           *user)
{
  g_return_val_if_fail (LADING_IS_TERMINAL_WINDOW (self), NULL);

  return add_tab (self, lading_terminal_tab_new_shell (self->engine,
                                                       lading_container_get_id (self->container),
                                                       argv, user));
}

/**
 * lading_terminal_window_add_attach:
 *
 * Returns: (transfer none): the new tab, attached to the container's main
 *   process, selected
 */
LadingTerminalTab *
lading_terminal_window_add_attach (LadingTerminalWindow *self)
{
  g_return_val_if_fail (LADING_IS_TERMINAL_WINDOW (self), NULL);

  return add_tab (self, lading_terminal_tab_new_attach (self->engine,
                                                        lading_container_get_id (self->container)));
}

/**
 * lading_terminal_window_can_open:
 *
 * Returns: whether shells and attach make sense for @container: it runs
 */
gboolean
lading_terminal_window_can_open (LadingContainer *container)
{
  g_return_val_if_fail (LADING_IS_CONTAINER (container), FALSE);

  return lading_container_get_state (container) == LADING_CONTAINER_STATE_RUNNING;
}

static LadingTerminalWindow *
ensure_window (GtkWidget       *from,
               LadingEngine    *engine,
               LadingContainer *container)
{
  GtkWindow *root = GTK_WINDOW (gtk_widget_get_root (from));
  GtkApplication *application = gtk_window_get_application (root);
  LadingTerminalWindow *window;

  window = lading_terminal_window_lookup (application, lading_container_get_id (container));
  if (window == NULL)
    window = lading_terminal_window_new (application, engine, container);

  return window;
}

static void
show_toast (GtkWidget  *from,
            const char *title)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (from, ADW_TYPE_TOAST_OVERLAY);

  /* From a window itself (the terminal window's actions): its content. */
  if (ADW_IS_APPLICATION_WINDOW (from))
    overlay = adw_application_window_get_content (ADW_APPLICATION_WINDOW (from));
  if (ADW_IS_TOAST_OVERLAY (overlay))
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (title));
}

/**
 * lading_terminal_window_open_shell:
 * @from: the widget the user asked from; its window's application gets the
 *   terminal window, and a problem is shown in its toast overlay
 * @engine: the engine @container runs on
 * @container: a running container, as the store holds it
 * @custom: whether to use the command and user of the Custom Shell popover
 *   (GSettings shell-command, shell-user) rather than the best shell found
 *
 * Opens a shell in a new tab of the container's terminal window, opening
 * the window first if needed, and brings it forward.
 *
 * Returns: (transfer none) (nullable): the window; %NULL when the custom
 *   command could not be read
 */
LadingTerminalWindow *
lading_terminal_window_open_shell (GtkWidget       *from,
                                   LadingEngine    *engine,
                                   LadingContainer *container,
                                   gboolean         custom)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) argv = NULL;
  g_autofree char *command = NULL;
  g_autofree char *user = NULL;
  LadingTerminalWindow *window;

  g_return_val_if_fail (GTK_IS_WIDGET (from), NULL);
  g_return_val_if_fail (LADING_IS_ENGINE (engine), NULL);
  g_return_val_if_fail (LADING_IS_CONTAINER (container), NULL);

  if (custom)
    {
      LadingSettings *settings = lading_settings_get_default ();

      command = g_strstrip (lading_settings_dup_shell_command (settings));
      user = g_strstrip (lading_settings_dup_shell_user (settings));
      if (*command != '\0' && !g_shell_parse_argv (command, NULL, &argv, &error))
        {
          g_autofree char *text = NULL;

          /* Translators: %s says what is wrong, e.g. "Text ended before matching quote" */
          text = g_strdup_printf (_("The custom shell command cannot be read: %s"),
                                  error->message);
          show_toast (from, text);
          return NULL;
        }
    }

  window = ensure_window (from, engine, container);
  lading_terminal_window_add_shell (window, (const char * const *)argv, user);
  gtk_window_present (GTK_WINDOW (window));

  return window;
}

/**
 * lading_terminal_window_open_attach:
 * @from: the widget the user asked from
 * @engine: the engine @container runs on
 * @container: a running container, as the store holds it
 *
 * Attaches to the container's main process in a new tab of its terminal
 * window, opening the window first if needed, and brings it forward.
 *
 * Returns: (transfer none): the window
 */
LadingTerminalWindow *
lading_terminal_window_open_attach (GtkWidget       *from,
                                    LadingEngine    *engine,
                                    LadingContainer *container)
{
  LadingTerminalWindow *window;

  g_return_val_if_fail (GTK_IS_WIDGET (from), NULL);
  g_return_val_if_fail (LADING_IS_ENGINE (engine), NULL);
  g_return_val_if_fail (LADING_IS_CONTAINER (container), NULL);

  window = ensure_window (from, engine, container);
  lading_terminal_window_add_attach (window);
  gtk_window_present (GTK_WINDOW (window));

  return window;
}
