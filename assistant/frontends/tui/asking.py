"""Asking: a question goes on screen with its answer, in one frame.

An answer takes the engine a millisecond or two, and a few in a hundred take
ten; handing the question to a thread and the answer back costs more than
that, and several times more when the machine is busy (each hand-over waits
for the other thread to be scheduled and to take the interpreter).  So a
question asked while the database is open and no other question waits is
answered at once, on the app's own thread.  Questions asked before the
database is open, or while earlier ones are still being answered, queue for
a thread worker, which answers them one at a time in the order they were
asked, each a follow-up of the one before; the screen does not wait for it.
"""

from __future__ import annotations

import gc

from textual import work

from .widgets import ConversationView, Exchange

LOAD_TIMEOUT = 120.0  # seconds a question waits for the database to open


class Asking:
    """The app's questions and answers (mixed into `CrrApp`, whose state they use:
    `conversation`, `presenter`, `citation_style`, the database's readiness, the queue)."""

    # A queued answer usually comes within milliseconds: the question and its
    # answer then go on screen together, in one layout.  A slower answer shows
    # the question with "Looking it up…" after this delay.
    PENDING_DELAY = 0.05

    def ask(self, question: str, held: bool = False) -> None:
        """Answer the question now, or queue it for the worker; show it with its answer,
        or alone if a queued answer is slow.

        Nothing is drawn until the exchange is placed (`held`: the caller holds
        the screen already): the question and its answer then go on screen in one
        frame, drawn at once rather than at the next of Textual's 60 frames a
        second.  `_place`, or the timer when a queued answer is slow, lets the
        screen be drawn again."""
        # No collection from here until the exchange is on screen (`_place`): answering
        # makes and drops tens of thousands of objects, and the collections they set
        # off (5 to 30 ms here) would land between Enter and the answer.
        gc.disable()
        exchange = Exchange(question, classes="exchange -newest")
        generation = self._generation
        if not held:
            self._begin_batch()
        with self._queue_lock:
            now = not self._answering and self._db_ready.is_set() and not self._db_error
            if not now:
                exchange.pending_timer = self.set_timer(
                    self.PENDING_DELAY, lambda: self._answer_is_slow(exchange, generation))
                self._queue.append((exchange, question, generation))
                if self._answering:
                    return
                self._answering = True
        if now:
            self._answer_now(exchange, question)
        else:
            self.answer_questions()

    def _answer_now(self, exchange: Exchange, question: str) -> None:
        try:
            answer = self.conversation.ask(question)
            style = self._style_asked(answer)
            exchange.ready = self.presenter.layout(answer, style)
            if style != self.citation_style:
                self.call_next(self.set_style, style, True)
            error = None
        except Exception as failure:  # a bug, not the user's fault: say so, never a traceback
            error = self._could_not_answer(question, failure)
        # Placed once this message is handled, before the next (a key typed meanwhile).
        self.call_next(self._place_answered, exchange, error)

    async def _place_answered(self, exchange: Exchange, error: str | None) -> None:
        self._end_batch()  # the exchange's placing holds the screen from here (`_place`)
        await self._place(exchange)
        if error is not None:
            await exchange.show_error(error)

    async def _answer_is_slow(self, exchange: Exchange, generation: int) -> None:
        exchange.pending_timer = None  # fired: stopping it now would cancel this very call
        self._end_batch()
        if generation == self._generation and exchange.parent is None:
            await self._place(exchange)
        else:
            gc.enable()

    async def _place(self, exchange: Exchange) -> None:
        """Put an exchange at the end of the conversation, the earlier ones settled.

        The screen waits until the exchange and everything in it are composed:
        a layout in between would draw half an answer, and then lay out again."""
        if exchange.pending_timer is not None:
            exchange.pending_timer.stop()
            exchange.pending_timer = None
            self._end_batch()
        if exchange.parent is not None:
            self.call_after_refresh(gc.enable)
            return
        conversation = self.query_one(ConversationView)
        with self.batch_update():
            for earlier in conversation.children:  # not a query of the whole screen
                if isinstance(earlier, Exchange):
                    earlier.settle()
            mounted = conversation.mount(exchange)
            conversation.pin(exchange)
            await mounted
        self.call_after_refresh(gc.enable)  # once this frame is drawn (see `ask`)

    @work(thread=True, group="ask", exit_on_error=False)
    def answer_questions(self) -> None:
        """Answer the queued questions in turn, until none is left."""
        try:
            while True:
                with self._queue_lock:
                    if not self._queue:
                        self._answering = False
                        return
                    exchange, question, generation = self._queue.popleft()
                self._answer(exchange, question, generation)
        except BaseException:  # the app is closing: the next question starts a worker again
            with self._queue_lock:
                self._answering = False
            raise

    def _answer(self, exchange: Exchange, question: str, generation: int) -> None:
        if generation != self._generation:  # asked before the conversation started over
            return
        if not self._db_ready.wait(LOAD_TIMEOUT) or self._db_error:
            reason = self._db_error or "it is still opening"
            message = (f"crr cannot answer: its database could not be opened ({reason}). "
                       "Build it with `crr build`, then start crr again.")
            self.call_from_thread(self._show_error, exchange, message)
            return
        try:
            answer = self.conversation.ask(question)
            if generation != self._generation:  # started over while this was answered
                self.conversation.history.remove(answer)
                return
            style = self._style_asked(answer)
            display = self.presenter.layout(answer, style)
        except Exception as error:
            self.call_from_thread(self._show_error, exchange, self._could_not_answer(question, error))
            return
        if style != self.citation_style:
            self.call_from_thread(self.set_style, style, True)
        self.call_from_thread(self._show_answer, exchange, display)

    def _style_asked(self, answer) -> str:
        """The citation style a question names ("cite that in APA"), which the app then
        takes for the session (not as its saved default, as /style and F2 keep it); else the one in use."""
        from . import writing

        asked = (answer.reading or {}).get("style")
        return asked if asked in writing.styles() else self.citation_style

    @staticmethod
    def _could_not_answer(question: str, error: Exception) -> str:
        return (f"crr could not answer “{question}”: {error}. "
                "Try rephrasing it, or press F1 for example questions.")

    async def _show_answer(self, exchange: Exchange, display) -> None:
        if exchange.pending_timer is not None:  # not on screen yet: both go on together
            exchange.ready = display
            await self._place(exchange)
        elif exchange.is_attached:  # not cleared by a new conversation meanwhile
            await exchange.show_answer(display)

    async def _show_error(self, exchange: Exchange, message: str) -> None:
        if exchange.pending_timer is not None:
            await self._place(exchange)
            await exchange.show_error(message)
        elif exchange.is_attached:
            await exchange.show_error(message)
