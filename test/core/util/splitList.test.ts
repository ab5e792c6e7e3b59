// splitList: one way to split a list of globs, for the action's inputs and the CLI's --manifests.
import { splitList } from '../../../src/core/util/splitList.js';

test.each([
  ['', []],
  [' , \n\r\n,', []],
  ['a', ['a']],
  ['a,b', ['a', 'b']],
  [' a , b ', ['a', 'b']],
  ['a\nb\r\nc', ['a', 'b', 'c']],
  ['a,b\r\nc,{d,e},,', ['a', 'b', 'c', '{d,e}']],
  ['rollouts/{a,b}/*.yml', ['rollouts/{a,b}/*.yml']],
  ['rollouts/{a,b}/*.yml,other/*.yaml', ['rollouts/{a,b}/*.yml', 'other/*.yaml']],
  ['x/{a,{b,c}}/*.yml,y', ['x/{a,{b,c}}/*.yml', 'y']],
  ['x/{a\nb}', ['x/{a', 'b}']],
  ['a},b', ['a}', 'b']],
  ['{a,b', ['{a,b']],
])('%j splits into %j', (value, items) => {
  expect(splitList(value)).toEqual(items);
});
