import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiError } from '../api.ts';
import { contentTypeOf, imageErrorKey, imageProblem, MAX_IMAGE_BYTES, unrecognised } from './image-api.ts';

test('imageProblem: PNG/JPEG up to 8 MiB; empty, other types and huge files are explained before upload', () => {
  assert.equal(imageProblem({ size: 1000, type: 'image/png' }), null);
  assert.equal(imageProblem({ size: MAX_IMAGE_BYTES, type: 'image/jpeg' }), null);
  assert.equal(imageProblem({ size: 10, type: '', name: 'Screenshot.JPG' }), null, 'no type from the OS: the name decides');
  assert.equal(imageProblem({ size: 0, type: 'image/png' }), 'empty');
  assert.equal(imageProblem({ size: MAX_IMAGE_BYTES + 1, type: 'image/png' }), 'size');
  assert.equal(imageProblem({ size: 10, type: 'image/gif' }), 'type');
  assert.equal(imageProblem({ size: 10, type: 'image/heic', name: 'x.png' }), 'type', 'a declared type wins over the name');
  assert.equal(imageProblem({ size: 10, type: '', name: 'notes.txt' }), 'type');
  assert.equal(imageProblem({ size: 10, type: 'text/html', name: '<script>.png' }), 'type');
});

test('contentTypeOf falls back to the file name', () => {
  assert.equal(contentTypeOf({ type: 'image/png' }), 'image/png');
  assert.equal(contentTypeOf({ type: '', name: 'a.png' }), 'image/png');
  assert.equal(contentTypeOf({ type: '', name: 'a.jpeg' }), 'image/jpeg');
});

test('imageErrorKey maps API errors to words a person understands', () => {
  assert.equal(imageErrorKey(new ApiError(0, 'GG_WEB_NETWORK', 'x')), 'check.error.network');
  assert.equal(imageErrorKey(new ApiError(503, 'GG_ERR_BUSY', 'x')), 'image.error.busy');
  assert.equal(imageErrorKey(new ApiError(413, 'GG_ERR_IMAGE_TOO_LARGE', 'x')), 'image.error.size');
  assert.equal(imageErrorKey(new ApiError(415, 'GG_ERR_IMAGE_UNSUPPORTED', 'x')), 'image.error.type');
  assert.equal(imageErrorKey(new ApiError(422, 'GG_ERR_IMAGE_CORRUPT', 'x')), 'image.error.unreadable');
  assert.equal(imageErrorKey(new ApiError(429, 'GG_ERR_RATE_LIMITED', 'x')), 'check.error.rate');
  assert.equal(imageErrorKey(new ApiError(500, 'GG_ERR_INTERNAL', 'x')), 'check.error.server');
  assert.equal(imageErrorKey(new Error('boom')), 'check.error.server');
});

test('unrecognised keeps the devices that were not ticked, in order', () => {
  assert.deepEqual(unrecognised(['a', 'b', 'c'], new Set([1])), ['a', 'c']);
  assert.deepEqual(unrecognised(['a'], new Set([0])), []);
  assert.deepEqual(unrecognised([], new Set([3])), []);
});
