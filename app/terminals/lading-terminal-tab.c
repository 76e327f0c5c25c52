/* lading-terminal-tab.c
 *
 * One tab of a container's terminal window: a shell or the attached main
 * process, in a LadingTerminal with its scrollbar.  Before its session can
 * start the tab finds out what to run: for a shell without a command, the
 * first of bash, ash and sh the container has (lading-shell-probe.c); for an
 * attach, whether the container has a TTY and open stdin, which decides
 * whether it can take input — the banner above the terminal says which, and
 * how to detach.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-terminal-tab"

#include "config.h"

#include <glib/gi18n.h>

#include "lading-container-info.h"
#include "lading-shell-probe.h"
#include "lading-terminal-tab.h"

struct _LadingTerminalTab
{
  GtkWidget                   parent_instance;

  /* Template widgets */
  GtkInfoBar                 *banner;
  GtkLabel                   *banner_label;
  LadingTerminal             *terminal;

  /* Owned */
  LadingEngine               *engine;
  char                       *container_id;
  char                      **argv;
  char                       *user;
  char                       *title;
  LadingTerminalSession      *session;
  GCancellable               *cancellable;

  LadingTerminalSessionState  state;
  guint                       is_shell : 1;
};

G_DEFINE_FINAL_TYPE (LadingTerminalTab, lading_terminal_tab, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ENGINE,
  PROP_CONTAINER_ID,
  PROP_IS_SHELL,
  PROP_ARGV,
  PROP_USER,
  PROP_TITLE,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
set_title (LadingTerminalTab *self,
           const char        *title)
{
  if (g_strcmp0 (self->title, title) == 0)
    return;

  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TITLE]);
}

static void
set_state (LadingTerminalTab          *self,
           LadingTerminalSessionState  state)
{
  if (self->state == state)
    return;

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STATE]);
}

static void
session_state_cb (LadingTerminalTab *self)
{
  set_state (self, lading_terminal_session_get_state (self->session));
}

static void
start_session (LadingTerminalTab     *self,
               LadingTerminalSession *session)
{
  self->session = session;
  g_signal_connect_object (session, "notify::state", G_CALLBACK (session_state_cb), self,
                           G_CONNECT_SWAPPED);
  lading_terminal_session_start (session);
  session_state_cb (self);
}

/* Before there is a session, a failure ends the tab here. */
static void
fail (LadingTerminalTab *self,
      const char        *message)
{
  lading_terminal_print_notice (self->terminal, message);
  lading_terminal_set_ended (self->terminal);
  set_state (self, LADING_TERMINAL_SESSION_ENDED);
}

static void
start_shell (LadingTerminalTab *self)
{
  g_autofree char *name = g_path_get_basename (self->argv[0]);
  g_autofree char *title = NULL;

  /* Translators: a shell tab's title: the shell, then the user it runs as, e.g. "bash — root" */
  title = self->user != NULL ? g_strdup_printf (_("%s — %s"), name, self->user)
                             : g_strdup (name);
  set_title (self, title);

  start_session (self, lading_terminal_session_new_exec (self->engine, self->terminal,
                                                         self->container_id,
                                                         (const char * const *)self->argv,
                                                         self->user));
}

static void
probe_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(LadingTerminalTab) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *shell = NULL;

  shell = lading_shell_probe_finish (LADING_ENGINE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      fail (self, _("The container has no shell: bash, ash and sh were not found."));
      return;
    }
  if (shell == NULL)
    {
      fail (self, error->message);
      return;
    }

  self->argv = g_new0 (char *, 2);
  self->argv[0] = g_steal_pointer (&shell);
  start_shell (self);
}

static void
show_banner (LadingTerminalTab *self,
             GtkMessageType     type,
             const char        *text)
{
  gtk_info_bar_set_message_type (self->banner, type);
  gtk_label_set_text (self->banner_label, text);
  gtk_info_bar_set_revealed (self->banner, TRUE);
}

static void
inspect_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(LadingTerminalTab) self = user_data;
  g_autoptr(LadingContainerInfo) info = NULL;
  g_autoptr(JsonNode) json = NULL;
  g_autoptr(GError) error = NULL;
  gboolean interactive;

  json = lading_engine_inspect_container_json_finish (LADING_ENGINE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (json != NULL)
    info = lading_container_info_new_from_json (json, &error);
  if (info == NULL)
    {
      fail (self, error->message);
      return;
    }

  /* Stdin reaches the process only with open stdin, and only a TTY echoes
   * and edits what is typed. */
  interactive = info->tty && info->open_stdin;
  if (interactive)
    show_banner (self, GTK_MESSAGE_INFO,
                 _("You are typing to the container’s main process: ending it stops the "
                   "container. To detach, close this tab; the container keeps running. "
                   "Ctrl+P Ctrl+Q do not detach here: they reach the process like any "
                   "other keys."));
  else if (!info->tty)
    show_banner (self, GTK_MESSAGE_OTHER,
                 _("Read-only: the container has no terminal, so its output is shown here "
                   "but it takes no input. Close this tab to detach."));
  else
    show_banner (self, GTK_MESSAGE_OTHER,
                 _("Read-only: the container’s standard input is closed, so it takes no "
                   "input. Close this tab to detach."));

  set_title (self, interactive ? _("Attached") : _("Attached (read-only)"));
  start_session (self, lading_terminal_session_new_attach (self->engine, self->terminal,
                                                           self->container_id,
                                                           info->tty, interactive));
}

static void
lading_terminal_tab_constructed (GObject *object)
{
  LadingTerminalTab *self = (LadingTerminalTab *)object;

  G_OBJECT_CLASS (lading_terminal_tab_parent_class)->constructed (object);

  g_assert (LADING_IS_ENGINE (self->engine));
  g_assert (self->container_id != NULL);

  if (!self->is_shell)
    {
      set_title (self, _("Attached"));
      lading_engine_inspect_container_json_async (self->engine, self->container_id,
                                                  self->cancellable, inspect_cb,
                                                  g_object_ref (self));
    }
  else if (self->argv == NULL)
    {
      set_title (self, _("Shell"));
      lading_shell_probe_async (self->engine, self->container_id, self->user,
                                self->cancellable, probe_cb, g_object_ref (self));
    }
  else
    {
      start_shell (self);
    }
}

static void
lading_terminal_tab_dispose (GObject *object)
{
  LadingTerminalTab *self = (LadingTerminalTab *)object;

  g_cancellable_cancel (self->cancellable);
  if (self->session != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->session, self);
      lading_terminal_session_stop (self->session);
      g_clear_object (&self->session);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), LADING_TYPE_TERMINAL_TAB);

  G_OBJECT_CLASS (lading_terminal_tab_parent_class)->dispose (object);
}

static void
lading_terminal_tab_finalize (GObject *object)
{
  LadingTerminalTab *self = (LadingTerminalTab *)object;

  g_clear_object (&self->cancellable);
  g_clear_object (&self->engine);
  g_clear_pointer (&self->container_id, g_free);
  g_clear_pointer (&self->argv, g_strfreev);
  g_clear_pointer (&self->user, g_free);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (lading_terminal_tab_parent_class)->finalize (object);
}

static void
lading_terminal_tab_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LadingTerminalTab *self = LADING_TERMINAL_TAB (object);

  switch (prop_id)
    {
    case PROP_ENGINE:
      g_value_set_object (value, self->engine);
      break;

    case PROP_CONTAINER_ID:
      g_value_set_string (value, self->container_id);
      break;

    case PROP_IS_SHELL:
      g_value_set_boolean (value, self->is_shell);
      break;

    case PROP_ARGV:
      g_value_set_boxed (value, self->argv);
      break;

    case PROP_USER:
      g_value_set_string (value, self->user);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_terminal_tab_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  LadingTerminalTab *self = LADING_TERMINAL_TAB (object);

  switch (prop_id)
    {
    case PROP_ENGINE:
      self->engine = g_value_dup_object (value);
      break;

    case PROP_CONTAINER_ID:
      self->container_id = g_value_dup_string (value);
      break;

    case PROP_IS_SHELL:
      self->is_shell = g_value_get_boolean (value);
      break;

    case PROP_ARGV:
      self->argv = g_value_dup_boxed (value);
      break;

    case PROP_USER:
      self->user = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_terminal_tab_class_init (LadingTerminalTabClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags construct = (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                 G_PARAM_STATIC_STRINGS);

  object_class->constructed = lading_terminal_tab_constructed;
  object_class->dispose = lading_terminal_tab_dispose;
  object_class->finalize = lading_terminal_tab_finalize;
  object_class->get_property = lading_terminal_tab_get_property;
  object_class->set_property = lading_terminal_tab_set_property;

  properties [PROP_ENGINE] =
    g_param_spec_object ("engine", NULL, NULL, LADING_TYPE_ENGINE, construct);
  properties [PROP_CONTAINER_ID] =
    g_param_spec_string ("container-id", NULL, NULL, NULL, construct);
  /* A shell (an exec), or else the attached main process. */
  properties [PROP_IS_SHELL] =
    g_param_spec_boolean ("is-shell", NULL, NULL, FALSE, construct);
  /* The shell's command; NULL finds one. */
  properties [PROP_ARGV] =
    g_param_spec_boxed ("argv", NULL, NULL, G_TYPE_STRV, construct);
  properties [PROP_USER] =
    g_param_spec_string ("user", NULL, NULL, NULL, construct);
  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL,
                       LADING_TYPE_TERMINAL_SESSION_STATE, LADING_TERMINAL_SESSION_STARTING,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "lading-terminal-tab");
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lading/Lading/ui/"
                                               "lading-terminal-tab.ui");
  gtk_widget_class_bind_template_child_full (widget_class, "box", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, LadingTerminalTab, banner);
  gtk_widget_class_bind_template_child (widget_class, LadingTerminalTab, banner_label);
  gtk_widget_class_bind_template_child (widget_class, LadingTerminalTab, terminal);

  g_type_ensure (LADING_TYPE_TERMINAL);
}

static void
lading_terminal_tab_init (LadingTerminalTab *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
}

/**
 * lading_terminal_tab_new_shell:
 * @engine: the engine the container runs on
 * @container_id: a running container
 * @argv: (nullable): the shell's command; %NULL for bash, ash or sh
 * @user: (nullable): whom to run it as; %NULL or "" for the container's user
 *
 * Returns: (transfer floating): a tab that opens the shell at once
 */
GtkWidget *
lading_terminal_tab_new_shell (LadingEngine       *engine,
                               const char         *container_id,
                               const char * const *argv,
                               const char         *user)
{
  g_return_val_if_fail (LADING_IS_ENGINE (engine), NULL);
  g_return_val_if_fail (container_id != NULL, NULL);
  g_return_val_if_fail (argv == NULL || argv[0] != NULL, NULL);

  return g_object_new (LADING_TYPE_TERMINAL_TAB,
                       "engine", engine,
                       "container-id", container_id,
                       "is-shell", TRUE,
                       "argv", argv,
                       "user", user != NULL && *user != '\0' ? user : NULL,
                       NULL);
}

/**
 * lading_terminal_tab_new_attach:
 * @engine: the engine the container runs on
 * @container_id: a running container
 *
 * Returns: (transfer floating): a tab that attaches to the container's main
 *   process at once, read-only unless the container has a TTY and open stdin
 */
GtkWidget *
lading_terminal_tab_new_attach (LadingEngine *engine,
                                const char   *container_id)
{
  g_return_val_if_fail (LADING_IS_ENGINE (engine), NULL);
  g_return_val_if_fail (container_id != NULL, NULL);

  return g_object_new (LADING_TYPE_TERMINAL_TAB,
                       "engine", engine,
                       "container-id", container_id,
                       NULL);
}

gboolean
lading_terminal_tab_get_is_shell (LadingTerminalTab *self)
{
  g_return_val_if_fail (LADING_IS_TERMINAL_TAB (self), FALSE);

  return self->is_shell;
}

const char *
lading_terminal_tab_get_title (LadingTerminalTab *self)
{
  g_return_val_if_fail (LADING_IS_TERMINAL_TAB (self), NULL);

  return self->title;
}

LadingTerminalSessionState
lading_terminal_tab_get_state (LadingTerminalTab *self)
{
  g_return_val_if_fail (LADING_IS_TERMINAL_TAB (self), LADING_TERMINAL_SESSION_ENDED);

  return self->state;
}

LadingTerminal *
lading_terminal_tab_get_terminal (LadingTerminalTab *self)
{
  g_return_val_if_fail (LADING_IS_TERMINAL_TAB (self), NULL);

  return self->terminal;
}

/**
 * lading_terminal_tab_get_session:
 *
 * Returns: (transfer none) (nullable): the session, once the tab knows what
 *   to run
 */
LadingTerminalSession *
lading_terminal_tab_get_session (LadingTerminalTab *self)
{
  g_return_val_if_fail (LADING_IS_TERMINAL_TAB (self), NULL);

  return self->session;
}
