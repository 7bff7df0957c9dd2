// Vue's GlobalComponents learn the dbbx elements (generated from custom-elements.json).
import type {} from 'dbbx/vue';
