/* lading-log-view-private.h
 *
 * The struct of LadingLogView, shared by the files it is split into:
 * lading-log-view.c (properties, actions, keys and colours),
 * lading-log-view-feed.c (the ring and feeding the terminal),
 * lading-log-view-scroll.c (following and scrolling), lading-log-view-read.c,
 * lading-log-view-search.c and lading-log-view-export.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lading-log-reader.h"
#include "lading-log-view.h"

G_BEGIN_DECLS

struct _LadingLogView
{
  GtkWidget             parent_instance;

  /* Owned */
  LadingEngine         *engine;
  LadingContainer      *container;
  GCancellable         *cancellable;      /* the inspect of @container */
  LadingLogReader      *reader;           /* the live one: tail or since, following */
  LadingLogReader      *older_reader;     /* lines before the first one kept */
  GPtrArray            *older;            /* what @older_reader read so far */
  GQueue                lines;            /* LadingLogLine, oldest first, ≤ max_lines */
  GCancellable         *export_cancellable;
  GtkFileChooserNative *chooser;
  GFile                *export_file;
  GOutputStream        *export_stream;
  goffset               export_written;

  guint                 feed_source;
  guint                 n_pending;        /* the last n_pending of @lines are not fed yet */
  guint                 tail_lines;       /* lines loaded at a time */
  guint                 max_lines;        /* lines kept in @lines */
  int                   older_tail;       /* the tail of the older request running */
  gint64                older_before_ns;  /* it keeps lines before this time */
  gint64                resume_after_ns;  /* the live reader skips lines up to this time */
  double                restore_from_end; /* rows from the view's top to the end; < 0: none */

  guint                 tty : 1;
  guint                 tty_known : 1;
  guint                 started : 1;
  guint                 loading : 1;
  guint                 following : 1;
  guint                 at_log_start : 1; /* nothing older to load */
  guint                 reader_live : 1;  /* the container ran when the live reader opened */
  guint                 saw_stop : 1;     /* … and stopped since */
  guint                 stop_pending : 1; /* its log ended; "stopped" not said yet */
  guint                 scrolling : 1;    /* the view scrolls, not the user */
  guint                 user_moved : 1;   /* the user scrolled up since the last rebuild */
  guint                 scrollbar_held : 1;

  /* Template widgets */
  GtkWidget            *content;
  GtkToggleButton      *follow_button;
  GtkToggleButton      *timestamps_button;
  GtkToggleButton      *wrap_button;
  GtkLabel             *status_label;
  GtkToggleButton      *search_button;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkToggleButton      *case_button;
  GtkToggleButton      *regex_button;
  GtkLabel             *search_label;
  GtkRevealer          *export_revealer;
  GtkSpinner           *export_spinner;
  GtkLabel             *export_label;
  VteTerminal          *terminal;
  GtkScrollbar         *scrollbar;
};

/* lading-log-view.c */
void     _lading_log_view_show_toast        (LadingLogView  *self,
                                             const char     *title);
void     _lading_log_view_notify_exporting  (LadingLogView  *self);
gboolean _lading_log_view_container_running (LadingLogView  *self);
void     _lading_log_view_update_status     (LadingLogView  *self);
void     _lading_log_view_set_loading       (LadingLogView  *self,
                                             gboolean        loading);

/* lading-log-view-feed.c */
void     _lading_log_view_reset_terminal    (LadingLogView  *self);
void     _lading_log_view_schedule_feed     (LadingLogView  *self);
void     _lading_log_view_rebuild           (LadingLogView  *self);
void     _lading_log_view_append_line       (LadingLogView  *self,
                                             LadingLogLine  *line);
void     _lading_log_view_append_notice     (LadingLogView  *self,
                                             const char     *text);
void     _lading_log_view_clear_lines       (LadingLogView  *self);
gint64   _lading_log_view_edge_timestamp    (LadingLogView  *self,
                                             gboolean        last);

/* lading-log-view-scroll.c */
void     _lading_log_view_scroll_to_end     (LadingLogView  *self);
void     _lading_log_view_save_position     (LadingLogView  *self);
void     _lading_log_view_scroll_init       (GtkWidgetClass *widget_class);
void     _lading_log_view_watch_scrolling   (LadingLogView  *self);

/* lading-log-view-read.c */
void     _lading_log_view_start_reading     (LadingLogView  *self);
void     _lading_log_view_container_changed (LadingLogView  *self);
void     _lading_log_view_stop_older        (LadingLogView  *self);
void     _lading_log_view_stop_reading      (LadingLogView  *self);

/* lading-log-view-search.c */
gboolean _lading_log_view_search_changed    (LadingLogView  *self);
gboolean _lading_log_view_find              (LadingLogView  *self,
                                             gboolean        backwards);
void     _lading_log_view_search_init       (GtkWidgetClass *widget_class);

/* lading-log-view-export.c */
void     _lading_log_view_export_init       (GtkWidgetClass *widget_class);
void     _lading_log_view_export_dispose    (LadingLogView  *self);

G_END_DECLS
