import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { deferred } from '../test-utils/providers.js';
import { AuthTask, TaskStatus } from './task.js';

class TaskHost extends LitElement {}
customElements.define('task-test-host', TaskHost);

describe('AuthTask', () => {
  it('the latest run wins: an older run’s late answer is dropped and its signal aborted', async () => {
    const host = await fixture<TaskHost>(html`<task-test-host></task-test-host>`);
    const answers = [deferred<string>(), deferred<string>()];
    const signals: AbortSignal[] = [];
    const completed: string[] = [];
    let calls = 0;
    const task = new AuthTask<string>(host, {
      task: (signal) => (signals.push(signal), answers[calls++].promise),
      onComplete: (value) => completed.push(value),
    });
    const first = task.run();
    expect(task.status).to.equal(TaskStatus.PENDING);
    const second = task.run();
    expect(signals[0].aborted).to.equal(true);
    expect(signals[1].aborted).to.equal(false);
    answers[1].resolve('new');
    await second;
    answers[0].resolve('old');
    await first;
    expect(completed).to.deep.equal(['new']);
    expect(task.status).to.equal(TaskStatus.COMPLETE);
    expect(task.value).to.equal('new');
  });

  it('reports the latest run’s error, and drops a result after abort or disconnect', async () => {
    const host = await fixture<TaskHost>(html`<task-test-host></task-test-host>`);
    const errors: unknown[] = [];
    const completed: unknown[] = [];
    let answer = deferred<string>();
    const task = new AuthTask<string>(host, { task: () => answer.promise, onComplete: (v) => completed.push(v), onError: (e) => errors.push(e) });
    let run = task.run();
    answer.reject(new Error('no'));
    await run;
    expect(task.status).to.equal(TaskStatus.ERROR);
    expect(errors).to.have.length(1);

    answer = deferred<string>();
    run = task.run();
    host.remove();
    expect(task.status).to.equal(TaskStatus.INITIAL);
    answer.resolve('late');
    await run;
    expect(completed).to.deep.equal([]);
    expect(task.status).to.equal(TaskStatus.INITIAL);
  });
});
